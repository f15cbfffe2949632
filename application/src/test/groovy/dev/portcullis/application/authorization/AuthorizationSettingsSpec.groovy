package dev.portcullis.application.authorization

import spock.lang.Specification

import java.time.Duration

class AuthorizationSettingsSpec extends Specification {

    static AuthorizationSettings settings(Optional<String> loginAndConsentUrl) {
        new AuthorizationSettings('https://as/ui/login', 'https://as/ui/consent', 'https://as/ui/logout', Optional.empty(),
                'https://as/ui/logged-out', 'https://as/oauth2/auth?tenant=t1', 'https://as/oauth2/sessions/logout',
                Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofDays(30), true, false, loginAndConsentUrl)
    }

    def "settings from the constructor without it have no combined login and consent app"() {
        expect:
        new AuthorizationSettings('https://as/ui/login', 'https://as/ui/consent', 'https://as/ui/logout', Optional.empty(),
                'https://as/ui/logged-out', 'https://as/oauth2/auth', 'https://as/oauth2/sessions/logout',
                Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofDays(30), true, false)
                .loginAndConsentUrl().isEmpty()
    }

    def "a combined app's URL is kept, and an absent one must be said so, not null"() {
        expect:
        settings(Optional.of('https://as/ui/app')).loginAndConsentUrl() == Optional.of('https://as/ui/app')

        when:
        settings(null)

        then:
        thrown(NullPointerException)
    }

    def "the browser comes back from the combined app to the authorization endpoint with the challenge in consent"() {
        expect:
        settings(Optional.of('https://as/ui/app')).combinedContinuation('abc-_123') ==
                'https://as/oauth2/auth?tenant=t1&consent=abc-_123'
    }
}

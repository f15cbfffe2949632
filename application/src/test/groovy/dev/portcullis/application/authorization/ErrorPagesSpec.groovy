package dev.portcullis.application.authorization

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthError
import spock.lang.Specification

import java.time.Duration

class ErrorPagesSpec extends Specification {

    static AuthorizationSettings settings(Optional<String> errorUrl) {
        new AuthorizationSettings('https://as/ui/login', 'https://as/ui/consent', 'https://as/ui/logout', errorUrl,
                'https://as/ui/logged-out', 'https://as/oauth2/auth', 'https://as/oauth2/sessions/logout',
                Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofDays(30), true, false)
    }

    def "without an error URL the server shows its own page"() {
        when:
        def answer = ErrorPages.show(settings(Optional.empty()), new OAuthError(ErrorCode.INVALID_CLIENT, 'who?'), [])

        then:
        answer instanceof BrowserResponse.ShowError
        (answer as BrowserResponse.ShowError).error().code() == ErrorCode.INVALID_CLIENT
    }

    def "with one, the browser goes there with error and error_description, encoded"() {
        when:
        def answer = ErrorPages.show(settings(Optional.of('https://app.example.com/oops?lang=en')),
                new OAuthError(ErrorCode.INVALID_REQUEST, 'redirect_uri & co'), [])

        then:
        answer instanceof BrowserResponse.Redirect
        (answer as BrowserResponse.Redirect).location() ==
                'https://app.example.com/oops?lang=en&error=invalid_request&error_description=redirect_uri+%26+co'
    }

    def "codes live at most 10 minutes"() {
        when:
        new AuthorizationSettings('l', 'c', 'o', Optional.empty(), 'p', 'https://as/oauth2/auth', 'https://as/oauth2/sessions/logout',
                Duration.ofMinutes(11), Duration.ofMinutes(30),
                Duration.ofDays(1), true, false)

        then:
        thrown(IllegalArgumentException)
    }
}

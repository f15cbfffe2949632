package dev.portcullis.bootstrap

import dev.portcullis.application.port.RateLimit
import dev.portcullis.application.ratelimit.RateLimitSettings
import dev.portcullis.application.ratelimit.Throttle
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.time.Duration

/** The rate limits a server has when nothing configures them, as docs/configuration.md lists them. */
class RateLimitDefaultsFlowSpec extends Specification {

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @AutoCleanup
    RunningServer portcullis

    def setupSpec() {
        portcullis = new RunningServer(RunningServer.h2(dataDir))
    }

    def "by default the token endpoint is not limited, the admin APIs are (1000 a second) and the login page is (10 a minute per username, 100 per address)"() {
        given:
        def settings = portcullis.server.applicationContext.getBean(RateLimitSettings)

        expect:
        settings.limit(Throttle.TOKEN_PER_CLIENT).off
        settings.limit(Throttle.ADMIN_PER_CALLER) == new RateLimit(1000, Duration.ofSeconds(1))
        settings.limit(Throttle.LOGIN_PER_USERNAME) == new RateLimit(10, Duration.ofMinutes(1))
        settings.limit(Throttle.LOGIN_PER_IP) == new RateLimit(100, Duration.ofMinutes(1))
    }

    def "a limit that is off costs its routes nothing: the token endpoints have no rate limit filter at all"() {
        expect:
        !portcullis.server.applicationContext.containsBean(filter('TokenRateLimitFilter'))
        portcullis.server.applicationContext.containsBean(filter('AdminRateLimitFilter'))
    }

    static Class<?> filter(String name) {
        Class.forName('dev.portcullis.adapters.rest.ratelimit.' + name)
    }
}

package dev.portcullis.application.token

import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeRegistrationTokenRepository
import dev.portcullis.application.client.DeleteClientService
import dev.portcullis.application.client.RotateClientSecretService
import dev.portcullis.application.fakes.FakeSecretHasher
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.HashedSecret
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.util.concurrent.PollingConditions

import java.time.Duration
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

import static dev.portcullis.application.token.ClientAuthenticator.REMEMBER_FOR

class ClientAuthenticatorSpec extends TokenServiceSpecification {

    def setup() {
        register(Clients.confidential(), 'basic-client')
        register(Clients.confidential().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST), 'post-client')
        register(Clients.publicNative(), 'public-client')
    }

    def "a client registered for #method authenticates with it"() {
        when:
        def authenticated = authenticator.authenticate(credentials)

        then:
        authenticated.client() == stored(credentials.clientId())
        authenticated.method() == method

        where:
        credentials                                     || method
        ClientCredentials.basic('basic-client', SECRET) || AuthMethod.CLIENT_SECRET_BASIC
        ClientCredentials.post('post-client', SECRET)   || AuthMethod.CLIENT_SECRET_POST
        ClientCredentials.none('public-client')         || AuthMethod.NONE
    }

    def "authentication fails with invalid_client when #problem"() {
        when:
        authenticator.authenticate(credentials)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT

        where:
        problem                                           | credentials
        'the client is unknown'                           | ClientCredentials.basic('nobody', SECRET)
        'the client id is malformed'                      | ClientCredentials.basic('a/b', SECRET)
        'the client id is empty'                          | ClientCredentials.basic('', SECRET)
        'the client id is too long'                       | ClientCredentials.basic('c' * 256, SECRET)
        'the secret is wrong'                             | ClientCredentials.basic('basic-client', 'not the secret')
        'the secret is empty'                             | ClientCredentials.basic('basic-client', '')
        'the secret has a character more'                 | ClientCredentials.basic('basic-client', SECRET + 'x')
        'a basic client uses client_secret_post'          | ClientCredentials.post('basic-client', SECRET)
        'a basic client presents no secret'               | ClientCredentials.none('basic-client')
        'a post client uses client_secret_basic'          | ClientCredentials.basic('post-client', SECRET)
        'a public client presents a secret'               | ClientCredentials.basic('public-client', SECRET)
        'a public client presents a secret in the form'   | ClientCredentials.post('public-client', SECRET)
        'another client\'s id comes with this secret'     | ClientCredentials.basic('nobody-else', SECRET)
    }

    def "a disabled client fails with invalid_client even with the right secret"() {
        given:
        register(Clients.confidential().enabled(false), 'disabled-client')

        when:
        authenticator.authenticate(ClientCredentials.basic('disabled-client', SECRET))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
    }

    def "a disabled public client fails with invalid_client"() {
        given:
        register(Clients.publicNative().enabled(false), 'disabled-public')

        when:
        authenticator.authenticate(ClientCredentials.none('disabled-public'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
    }

    def "an unknown client, a disabled client, a wrong secret and another method than the registered one get the same answer"() {
        given:
        register(Clients.confidential().enabled(false), 'disabled-client')

        when: 'a method the client did not register would otherwise tell that it exists, and how it authenticates'
        def answers = [ClientCredentials.basic('nobody', SECRET),
                       ClientCredentials.basic('disabled-client', SECRET),
                       ClientCredentials.basic('basic-client', 'not the secret'),
                       ClientCredentials.post('basic-client', SECRET),
                       ClientCredentials.none('basic-client'),
                       ClientCredentials.basic('public-client', SECRET),
                       ClientCredentials.basic('post-client', SECRET)].collect { credentials ->
            try {
                authenticator.authenticate(credentials)
                null
            } catch (OAuthException e) {
                e.error()
            }
        }

        then:
        answers.unique().size() == 1
        answers[0].code() == ErrorCode.INVALID_CLIENT
        !answers[0].description().contains(SECRET)
    }

    def "a chosen secret needs a slow hash until it was verified; a wrong method, an unknown client and no secret never do"() {
        given:
        hasher.chosenAreSlow = true

        expect:
        authenticator.needsSlowHash(ClientCredentials.basic('basic-client', SECRET))
        authenticator.needsSlowHash(ClientCredentials.basic('basic-client', 'a wrong guess'))
        !authenticator.needsSlowHash(ClientCredentials.post('basic-client', SECRET))
        !authenticator.needsSlowHash(ClientCredentials.basic('nobody', SECRET))
        !authenticator.needsSlowHash(ClientCredentials.none('public-client'))

        when:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then: 'remembered: no hash at all next time, for that secret only'
        !authenticator.needsSlowHash(ClientCredentials.basic('basic-client', SECRET))
        authenticator.needsSlowHash(ClientCredentials.basic('basic-client', 'a wrong guess'))
    }

    def "a secret that is not slowly hashed never needs a slow hash"() {
        expect:
        !authenticator.needsSlowHash(ClientCredentials.basic('basic-client', SECRET))
    }

    def "wrong secrets for a slowly hashed client are refused, and each makes the next hash wait longer"() {
        given:
        hasher.chosenAreSlow = true

        when:
        def started = System.nanoTime()
        3.times {
            try {
                authenticator.authenticate(ClientCredentials.basic('basic-client', "guess $it"))
            } catch (OAuthException ignored) {
            }
        }
        def elapsed = Duration.ofNanos(System.nanoTime() - started)

        then: 'pauses of 0, 50 and 100 ms before the three hashes'
        elapsed >= Duration.ofMillis(150)
        hasher.verifications == 3

        when: 'the right secret still gets in, after its pause, and resets it'
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        notThrown(OAuthException)
    }

    def "a second authentication with the same secret does not verify the hash again"() {
        when:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        hasher.verifications == 1
    }

    def "concurrent authentications with one secret run the slow hash once and all succeed"() {
        given: 'a hash that does not finish until released, and 8 requests with the same secret'
        def slow = new HeldSecretHasher()
        def concurrent = new ClientAuthenticator(clients, slow, digest, clock, new ClientUses(clients, clock), clientAssertions)
        def results = new ConcurrentLinkedQueue<String>()
        def threads = (1..8).collect {
            new Thread({
                results << concurrent.authenticate(ClientCredentials.basic('basic-client', SECRET)).client().id().value()
            })
        }

        when: 'one request is hashing and the 7 others wait for it'
        threads*.start()
        assert slow.entered.await(10, TimeUnit.SECONDS)
        new PollingConditions(timeout: 10).eventually {
            assert threads.count { it.state in [Thread.State.WAITING, Thread.State.TIMED_WAITING] } == 8
        }
        slow.release.countDown()
        threads*.join(10_000)

        then:
        results.toList() == ['basic-client'] * 8
        slow.verifications.get() == 1
    }

    def "concurrent authentications with a wrong secret all fail"() {
        given:
        def slow = new HeldSecretHasher()
        def concurrent = new ClientAuthenticator(clients, slow, digest, clock, new ClientUses(clients, clock), clientAssertions)
        def results = new ConcurrentLinkedQueue<String>()
        def threads = (1..4).collect {
            new Thread({
                try {
                    concurrent.authenticate(ClientCredentials.basic('basic-client', 'not-the-secret'))
                    results << 'accepted'
                } catch (OAuthException e) {
                    results << e.error().code().value()
                }
            })
        }

        when:
        threads*.start()
        assert slow.entered.await(10, TimeUnit.SECONDS)
        slow.release.countDown()
        threads*.join(10_000)

        then:
        results.toList() == ['invalid_client'] * 4
    }

    /** Verifies like the fake, but only once the spec releases it: a stand-in for a slow password hash. */
    static class HeldSecretHasher extends FakeSecretHasher {
        final AtomicInteger verifications = new AtomicInteger()
        final CountDownLatch entered = new CountDownLatch(1)
        final CountDownLatch release = new CountDownLatch(1)

        boolean verify(String presented, HashedSecret stored) {
            verifications.incrementAndGet()
            entered.countDown()
            assert release.await(10, TimeUnit.SECONDS)
            super.verify(presented, stored)
        }
    }

    def "each client's secret is verified once for itself"() {
        when:
        2.times {
            authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))
            authenticator.authenticate(ClientCredentials.post('post-client', SECRET))
        }

        then:
        hasher.verifications == 2
    }

    def "a client authenticating with none verifies no hash"() {
        when:
        authenticator.authenticate(ClientCredentials.none('public-client'))

        then:
        hasher.verifications == 0
    }

    def "a wrong secret is never remembered"() {
        when:
        2.times {
            try {
                authenticator.authenticate(ClientCredentials.basic('basic-client', 'not the secret'))
            } catch (OAuthException ignored) {
            }
        }

        then:
        hasher.verifications == 2

        when: 'the right secret follows'
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        hasher.verifications == 3
    }

    def "a remembered secret does not let another secret in"() {
        given:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        when:
        authenticator.authenticate(ClientCredentials.basic('basic-client', 'not the secret'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
    }

    def "a remembered verification is used until REMEMBER_FOR has passed, then verified again"() {
        given:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        when:
        clock.advance(REMEMBER_FOR - Duration.ofMillis(1))
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        hasher.verifications == 1

        when:
        clock.advance(Duration.ofMillis(1))
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        hasher.verifications == 2
    }

    def "rotating the secret forgets the remembered one: the old secret fails, the new one works"() {
        given:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))
        def rotated = new RotateClientSecretService(clients, hasher, randomness, clock).rotate('basic-client')
        def newSecret = rotated.newSecret().orElseThrow().value()

        when:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT

        when:
        def authenticated = authenticator.authenticate(ClientCredentials.basic('basic-client', newSecret))

        then:
        authenticated.client().revision() == 1
    }

    def "any change to the client forgets the remembered verification"() {
        given:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))
        def client = stored('basic-client')
        assert clients.update(client.replace(client.metadata().toBuilder().clientName('Renamed').build(), Optional.empty(), clock.instant()))

        when:
        def authenticated = authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        hasher.verifications == 2
        authenticated.client().metadata().clientName() == 'Renamed'
    }

    def "disabling a client refuses it even with a remembered secret"() {
        given:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))
        def client = stored('basic-client')
        assert clients.update(client.replace(client.metadata().toBuilder().enabled(false).build(), Optional.empty(), clock.instant()))

        when:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
    }

    def "a client registered again under a deleted client's id does not accept the deleted client's remembered secret"() {
        given:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))
        new DeleteClientService(clients, tokens, new FakeFlowRepository(), new FakeRegistrationTokenRepository()).delete('basic-client')
        register(Clients.confidential(), 'basic-client', 'a different secret')

        when:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
        authenticator.authenticate(ClientCredentials.basic('basic-client', 'a different secret')).client().revision() == 0
    }

    def "a deleted client no longer authenticates, remembered secret or not"() {
        given:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))
        new DeleteClientService(clients, tokens, new FakeFlowRepository(), new FakeRegistrationTokenRepository()).delete('basic-client')

        when:
        authenticator.authenticate(ClientCredentials.basic('basic-client', SECRET))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
    }

    def "credentials never print their secret"() {
        expect:
        !ClientCredentials.basic('basic-client', SECRET).toString().contains(SECRET)
    }

    def "credentials carry a secret exactly with the secret-based methods"() {
        when:
        new ClientCredentials(method, 'basic-client', secret, Optional.empty())

        then:
        thrown(IllegalArgumentException)

        where:
        method                         | secret
        AuthMethod.CLIENT_SECRET_BASIC | Optional.empty()
        AuthMethod.CLIENT_SECRET_POST  | Optional.empty()
        AuthMethod.NONE                | Optional.of(SECRET)
        AuthMethod.PRIVATE_KEY_JWT     | Optional.empty()
    }
}

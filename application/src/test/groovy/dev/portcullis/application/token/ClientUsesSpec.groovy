package dev.portcullis.application.token

import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.port.ClientRepository
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.error.OAuthException

import java.time.Duration
import java.time.Instant

class ClientUsesSpec extends TokenServiceSpecification {

    def setup() {
        register(Clients.confidential(), 'busy')
        register(Clients.confidential(), 'idle')
        register(Clients.publicNative(), 'native')
    }

    Optional<Instant> lastUse(String id) {
        clients.find(new ClientId(id)).orElseThrow().lastUsedAt()
    }

    def "an authentication is noted in memory and written on the next flush, at its time"() {
        given:
        def authenticatedAt = clock.instant()

        when:
        authenticator.authenticate(ClientCredentials.basic('busy', SECRET))

        then: 'nothing is written by the request itself'
        lastUse('busy').isEmpty()
        uses.pendingCount() == 1

        when:
        clock.advance(Duration.ofSeconds(5))
        def written = uses.flush()

        then:
        written == 1
        lastUse('busy') == Optional.of(authenticatedAt)
        lastUse('idle').isEmpty()
        uses.pendingCount() == 0
    }

    def "many authentications of one client between flushes make one write, of the latest"() {
        given:
        def counting = new CountingClients()
        counting.add(stored('busy'))
        def countingUses = new ClientUses(counting, clock)
        def counted = new ClientAuthenticator(counting, hasher, digest, clock, countingUses, clientAssertions)

        when:
        10.times {
            clock.advance(Duration.ofSeconds(1))
            counted.authenticate(ClientCredentials.basic('busy', SECRET))
        }
        countingUses.flush()
        countingUses.flush()

        then:
        counting.written == 1
        counting.find(new ClientId('busy')).get().lastUsedAt() == Optional.of(clock.instant())
    }

    def "a public client's authentication is a use too, a failed one is not"() {
        when:
        authenticator.authenticate(ClientCredentials.none('native'))
        try {
            authenticator.authenticate(ClientCredentials.basic('idle', 'not the secret'))
        } catch (OAuthException ignored) {
        }
        uses.flush()

        then:
        lastUse('native').isPresent()
        lastUse('idle').isEmpty()
    }

    def "a use changes neither the client's revision nor its update time"() {
        given:
        def before = stored('busy')

        when:
        authenticator.authenticate(ClientCredentials.basic('busy', SECRET))
        uses.flush()

        then:
        stored('busy').revision() == before.revision()
        stored('busy').updatedAt() == before.updatedAt()
    }

    def "uses whose write failed are kept for the next flush"() {
        given:
        def flaky = new FlakyClients()
        flaky.add(stored('busy'))
        def flakyUses = new ClientUses(flaky, clock)
        flakyUses.record(new ClientId('busy'))

        when:
        flakyUses.flush()

        then:
        thrown(IllegalStateException)
        flakyUses.pendingCount() == 1

        when:
        flaky.failing = false
        flakyUses.flush()

        then:
        flaky.find(new ClientId('busy')).get().lastUsedAt() == Optional.of(clock.instant())
    }

    def "a flush with nothing noted writes nothing"() {
        expect:
        uses.flush() == 0
    }
}

/** Counts the clients written by {@link #recordLastUse}. */
class CountingClients implements ClientRepository {

    @Delegate
    private final FakeClientRepository clients = new FakeClientRepository()
    int written

    @Override
    synchronized void recordLastUse(Map<ClientId, Instant> batch) {
        written += batch.size()
        clients.recordLastUse(batch)
    }
}

/** Refuses to record uses while {@link #failing}, as storage that is away. */
class FlakyClients implements ClientRepository {

    @Delegate
    private final FakeClientRepository clients = new FakeClientRepository()
    boolean failing = true

    @Override
    synchronized void recordLastUse(Map<ClientId, Instant> batch) {
        if (failing) {
            throw new IllegalStateException('storage is away')
        }
        clients.recordLastUse(batch)
    }
}

package dev.portcullis.application.port

import dev.portcullis.domain.client.AccessTokenStrategy
import dev.portcullis.domain.client.ActingSubject
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.ClientMetadata
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.HashedSecret
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.client.LastUseFilter
import dev.portcullis.domain.client.LifespanKey
import dev.portcullis.domain.client.RedirectUri
import dev.portcullis.domain.client.TokenLifespans
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.TokenKind
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * What every {@link ClientRepository} must do. Subclassed by the fake, the memory adapter and the JDBC
 * adapter on H2 and PostgreSQL; each subclass hands out a repository with no clients in it.
 */
abstract class ClientRepositoryContractSpec extends Specification {

    /** A repository holding no clients. */
    abstract ClientRepository emptyRepository()

    ClientRepository repository
    def now = Instant.parse('2030-01-01T00:00:00Z')

    def setup() {
        repository = emptyRepository()
    }

    Client client(String id, ClientMetadata.Builder metadata = Clients.confidential()) {
        Clients.registered(metadata, now, id)
    }

    def "a client that was added is found with every field as it was"() {
        given:
        def metadata = Clients.webApp()
                .clientName('Everything')
                .owner('team-a')
                .postLogoutRedirectUris([RedirectUri.parse('https://app.example.com/bye', 'post_logout_redirect_uris')])
                .grantTypes([GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS] as LinkedHashSet)
                .scope(Scopes.of(['openid', 'offline_access', 'read']))
                .audience(Audience.of(['https://api.example.com', 'urn:billing']))
                .tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST)
                .accessTokenStrategy(Optional.of(AccessTokenStrategy.OPAQUE))
                .requirePkce(Optional.of(false))
                .actingSubjects([new ActingSubject('user', '678'), new ActingSubject('enterprise', '12345')] as LinkedHashSet)
                .registeredScopeByDefault(true)
                .skipConsent(true)
                .enabled(false)
                .uris(new ClientMetadata.ClientUris(Optional.of(URI.create('https://app.example.com')),
                        Optional.of(URI.create('https://app.example.com/logo.png')), Optional.empty(),
                        Optional.of(URI.create('https://app.example.com/tos'))))
                .contacts(['ops@example.com'])
                .lifespans(new TokenLifespans([(new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(5)]))
                .metadata(new JsonDocument([tier: 'gold', limits: [rps: 10, burst: 2.5], tags: ['a', 'b'], flag: true, none: null]))
        def original = new Client(new ClientId('everything'), metadata.build(), Optional.of(new HashedSecret('$hash$one')),
                now, now.plusSeconds(5), Optional.of(now.plusSeconds(9)), 0)

        when:
        def added = repository.add(original)

        then:
        added
        repository.find(new ClientId('everything')).get() == original
        repository.find(new ClientId('everything')).get().metadata().actingSubjects() as List ==
                [new ActingSubject('user', '678'), new ActingSubject('enterprise', '12345')]
    }

    def "a client without acting subjects is found without any, and an update adds and removes them"() {
        given:
        def original = client('machine')
        repository.add(original)
        def subjects = [new ActingSubject('enterprise', '12345')] as Set

        expect:
        repository.find(new ClientId('machine')).get().metadata().actingSubjects().isEmpty()

        when:
        def acting = original.replace(original.metadata().toBuilder().actingSubjects(subjects).build(), Optional.empty(), now)

        then:
        repository.update(acting)
        repository.find(new ClientId('machine')).get().mayActFor(new ActingSubject('enterprise', '12345'))

        when:
        def cleared = acting.replace(acting.metadata().toBuilder().actingSubjects([] as Set).build(), Optional.empty(), now)

        then:
        repository.update(cleared)
        repository.find(new ClientId('machine')).get().metadata().actingSubjects().isEmpty()
    }

    def "a private_key_jwt client keeps its JWK set"() {
        given:
        def jwks = new JsonDocument([keys: [[kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0']]])
        def original = client('jwt-client', Clients.confidential().tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT).jwks(Optional.of(jwks)))

        when:
        repository.add(original)

        then:
        repository.find(new ClientId('jwt-client')).get().metadata().jwks().get() == jwks
    }

    def "finding an unknown id gives nothing"() {
        expect:
        repository.find(new ClientId('nobody')).isEmpty()
    }

    def "adding a second client with a taken id is refused and the first one stays"() {
        given:
        def first = client('taken', Clients.confidential().clientName('first'))
        repository.add(first)

        when:
        def added = repository.add(client('taken', Clients.confidential().clientName('second')))

        then:
        !added
        repository.find(new ClientId('taken')).get() == first
    }

    def "of many concurrent adds with one id exactly one succeeds"() {
        given:
        def threads = 8
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)

        when:
        def results = (1..threads).collect { n ->
            pool.submit({ start.await(); repository.add(client('contested', Clients.confidential().clientName("racer $n"))) } as Callable<Boolean>)
        }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.find(new ClientId('contested')).isPresent()

        cleanup:
        pool.shutdownNow()
    }

    def "an update at the next revision replaces the stored client"() {
        given:
        def stored = client('changing')
        repository.add(stored)
        def changed = stored.replace(Clients.confidential().clientName('renamed').build(), Optional.of(new HashedSecret('$hash$two')), now.plusSeconds(60))

        when:
        def updated = repository.update(changed)

        then:
        updated
        repository.find(new ClientId('changing')).get() == changed
    }

    def "an update based on a stale read is refused and changes nothing"() {
        given:
        def stored = client('contended')
        repository.add(stored)
        def first = stored.replace(Clients.confidential().clientName('first writer').build(), Optional.empty(), now.plusSeconds(1))
        def second = stored.replace(Clients.confidential().clientName('second writer').build(), Optional.empty(), now.plusSeconds(2))
        repository.update(first)

        when:
        def updated = repository.update(second)

        then:
        !updated
        repository.find(new ClientId('contended')).get().metadata().clientName() == 'first writer'
    }

    def "updating a client that does not exist is refused"() {
        given:
        def ghost = client('ghost').replace(Clients.confidential().build(), Optional.empty(), now)

        expect:
        !repository.update(ghost)
        repository.find(new ClientId('ghost')).isEmpty()
    }

    def "a removed client is gone, and removing it again reports that nothing was there"() {
        given:
        repository.add(client('short-lived'))

        expect:
        repository.remove(new ClientId('short-lived'))
        repository.find(new ClientId('short-lived')).isEmpty()
        !repository.remove(new ClientId('short-lived'))
    }

    def "listing pages through all clients in id order and counts them"() {
        given:
        ['c', 'a', 'e', 'b', 'd'].each { repository.add(client(it)) }

        when:
        def first = repository.list(new ClientQuery(Optional.empty(), Optional.empty(), Optional.empty(), 2))
        def second = repository.list(new ClientQuery(Optional.empty(), Optional.empty(), Optional.of(new ClientId('b')), 2))
        def last = repository.list(new ClientQuery(Optional.empty(), Optional.empty(), Optional.of(new ClientId('d')), 2))

        then:
        first.clients()*.id()*.value() == ['a', 'b']
        first.hasMore()
        first.totalCount() == 5
        second.clients()*.id()*.value() == ['c', 'd']
        second.hasMore()
        last.clients()*.id()*.value() == ['e']
        !last.hasMore()
        last.totalCount() == 5
    }

    def "listing filters by exact client name and owner"() {
        given:
        repository.add(client('a1', Clients.confidential().clientName('alpha').owner('team-a')))
        repository.add(client('a2', Clients.confidential().clientName('alpha').owner('team-b')))
        repository.add(client('b1', Clients.confidential().clientName('beta').owner('team-a')))
        repository.add(client('b2', Clients.confidential().clientName('alphabet').owner('team-a')))

        expect:
        repository.list(new ClientQuery(Optional.ofNullable(name), Optional.ofNullable(owner), Optional.empty(), 10))
                .with { [it.clients()*.id()*.value(), it.totalCount()] } == [ids, ids.size() as long]

        where:
        name    | owner    || ids
        'alpha' | null     || ['a1', 'a2']
        null    | 'team-a' || ['a1', 'b1', 'b2']
        'alpha' | 'team-b' || ['a2']
        'gamma' | null     || []
    }

    def "a client that never authenticated with a secret has none stored"() {
        given:
        def publicClient = client('native', Clients.publicNative())

        when:
        repository.add(publicClient)

        then:
        repository.find(new ClientId('native')).get().secretHash().isEmpty()
        repository.find(new ClientId('native')).get().metadata().responseTypes() == [ResponseType.CODE] as Set
    }

    def "timestamps keep at least millisecond precision"() {
        given:
        def precise = now.plusMillis(123)
        def original = new Client(new ClientId('precise'), Clients.confidential().build(), Optional.of(new HashedSecret('$h')),
                precise, precise, Optional.empty(), 0)

        when:
        repository.add(original)

        then:
        repository.find(new ClientId('precise')).get().createdAt().truncatedTo(ChronoUnit.MILLIS) == precise
    }

    def "a recorded use is found on the client without changing its revision, and never moves back"() {
        given:
        repository.add(client('used'))
        def first = now.plusSeconds(60)

        when:
        repository.recordLastUse([(new ClientId('used')): first, (new ClientId('gone')): first])
        repository.recordLastUse([(new ClientId('used')): now.plusSeconds(30)])

        then:
        def found = repository.find(new ClientId('used')).get()
        found.lastUsedAt().get().truncatedTo(ChronoUnit.MILLIS) == first
        found.revision() == 0
        found.updatedAt() == now
        repository.find(new ClientId('gone')).isEmpty()
    }

    def "an update based on a read from before a recorded use keeps the use"() {
        given:
        def original = client('busy')
        repository.add(original)
        repository.recordLastUse([(new ClientId('busy')): now.plusSeconds(60)])

        when:
        def updated = repository.update(original.replace(original.metadata(), Optional.empty(), now.plusSeconds(61)))

        then:
        updated
        with(repository.find(new ClientId('busy')).get()) {
            revision() == 1
            lastUsedAt().get().truncatedTo(ChronoUnit.MILLIS) == now.plusSeconds(60)
        }
    }

    def "listing filters by last use: never used #never, used at or before #before s"() {
        given:
        ['never', 'early', 'late'].each { repository.add(client(it)) }
        repository.recordLastUse([(new ClientId('early')): now.plusSeconds(10), (new ClientId('late')): now.plusSeconds(20)])
        def filter = new LastUseFilter(never, Optional.ofNullable(before).map { now.plusSeconds(it) })

        expect:
        repository.list(new ClientQuery(Optional.empty(), Optional.empty(), filter, Optional.empty(), 10))
                .with { [it.clients()*.id()*.value(), it.totalCount()] } == [ids, ids.size() as long]

        where:
        never | before || ids
        false | null   || ['early', 'late', 'never']
        true  | null   || ['never']
        false | 10     || ['early']
        false | 20     || ['early', 'late']
        false | 9      || []
        true  | 20     || []
    }
}

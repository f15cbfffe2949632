package dev.portcullis.application.port

import dev.portcullis.domain.authorization.AuthorizationFlow
import dev.portcullis.domain.authorization.FlowStage
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.grant.ResponseType
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

import static dev.portcullis.application.port.Flows.NOW
import static dev.portcullis.application.port.Flows.hash
import static dev.portcullis.application.port.FlowRepository.Key.CODE
import static dev.portcullis.application.port.FlowRepository.Key.CONSENT_CHALLENGE
import static dev.portcullis.application.port.FlowRepository.Key.CONSENT_VERIFIER
import static dev.portcullis.application.port.FlowRepository.Key.LOGIN_CHALLENGE
import static dev.portcullis.application.port.FlowRepository.Key.LOGIN_VERIFIER

/**
 * What every {@link FlowRepository} must do. Subclassed by the fake, the memory adapter and the JDBC adapter on H2
 * and PostgreSQL; each subclass hands out a repository with no flows in it. Times are whole milliseconds: the
 * application truncates them, and that is the precision the port keeps.
 */
abstract class FlowRepositoryContractSpec extends Specification {

    /** A repository holding no flows. */
    abstract FlowRepository emptyRepository()

    FlowRepository repository

    def setup() {
        repository = emptyRepository()
    }

    def "a flow that was added is found with every field as it was, #description"() {
        when:
        def added = repository.add(flow)

        then:
        added
        def found = repository.find(flow.id()).get()
        found == flow
        found.request().scope().values() as List == flow.request().scope().values() as List
        found.request().audience().values() as List == flow.request().audience().values() as List

        where:
        description                          | flow
        'just started, nothing optional set' | Flows.started('minimal')
        'every field set, through its code'  | Flows.everything('everything')
        'started on a remembered session'    | Flows.started('remembered', remembered: Flows.session('kept', remembered: false))
        'login accepted'                     | Flows.loginAccepted('login')
        'login rejected, then failed'        | Flows.loginRejected('login-no').fail(Optional.empty())
        'consent rejected without a reason'  | Flows.consentRejected('consent-no')
        'code redeemed, then revoked'        | Flows.consented('revoked').redeemCode().revoke()
        'implicit, its tokens issued'        | Flows.tokensIssued('implicit')
        'implicit, then revoked'             | Flows.tokensIssued('implicit-revoked').revoke()
        'optional text present but empty'    | Flows.started('empty-text', request: Flows.requestWithEmptyText())
    }

    def "a consent remembered until revoked keeps its zero duration"() {
        given:
        def flow = Flows.loginAccepted('forever').requestConsent('sid-forever', hash('cc-forever'), false)
                .acceptConsent(Flows.consent(rememberFor: Duration.ZERO), hash('cv-forever'))

        when:
        repository.add(flow)

        then:
        repository.find(flow.id()).get() == flow
        repository.find(flow.id()).get().consent().get().rememberedUntil() == Optional.of(Instant.MAX)
    }

    def "finding an unknown id or hash gives nothing"() {
        given:
        repository.add(Flows.everything('known'))

        expect:
        repository.find(Flows.grant('unknown')).isEmpty()
        FlowRepository.Key.values().every { repository.findBy(it, hash('unknown')).isEmpty() }
    }

    def "a flow is found by its #key"() {
        given:
        def flow = Flows.everything('keyed')
        repository.add(flow)
        repository.add(Flows.everything('other'))

        expect:
        repository.findBy(key, value(flow)).get() == flow

        where:
        key               | value
        LOGIN_CHALLENGE   | { AuthorizationFlow f -> f.loginChallenge() }
        LOGIN_VERIFIER    | { AuthorizationFlow f -> f.loginVerifier().get() }
        CONSENT_CHALLENGE | { AuthorizationFlow f -> f.consentChallenge().get() }
        CONSENT_VERIFIER  | { AuthorizationFlow f -> f.consentVerifier().get() }
        CODE              | { AuthorizationFlow f -> f.code().get() }
    }

    def "a hash is looked up only under its own key"() {
        given:
        def flow = Flows.everything('separate')
        repository.add(flow)

        expect:
        repository.findBy(LOGIN_VERIFIER, flow.loginChallenge()).isEmpty()
        repository.findBy(CODE, flow.consentVerifier().get()).isEmpty()
        repository.findBy(LOGIN_CHALLENGE, flow.code().get()).isEmpty()
    }

    def "adding a flow whose id is taken is refused and writes nothing"() {
        given:
        def first = Flows.started('taken')
        repository.add(first)
        def second = new AuthorizationFlow(first.id(), 0, FlowStage.LOGIN_REQUESTED, Flows.request('client-b'), NOW,
                hash('csrf-second'), hash('lc-second'), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), NOW.plusSeconds(60))

        when:
        def added = repository.add(second)

        then:
        !added
        repository.find(first.id()).get() == first
        repository.findBy(LOGIN_CHALLENGE, hash('lc-second')).isEmpty()
    }

    def "adding a flow that holds a hash another flow holds is refused and writes nothing"() {
        given:
        def first = Flows.everything('first')
        repository.add(first)
        def copy = Flows.withId(first, 'copy')

        when:
        def added = repository.add(copy)

        then:
        !added
        repository.find(copy.id()).isEmpty()
        repository.findBy(CODE, first.code().get()).get() == first
    }

    def "of many concurrent adds with one id exactly one succeeds"() {
        given:
        def threads = 8
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)
        def racers = (1..threads).collect { n ->
            new AuthorizationFlow(Flows.grant('contested'), 0, FlowStage.LOGIN_REQUESTED, Flows.request(), NOW,
                    hash("csrf-racer-$n"), hash("lc-racer-$n"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), NOW.plusSeconds(60))
        }

        when:
        def results = racers.collect { racer -> pool.submit({ start.await(); repository.add(racer) } as Callable<Boolean>) }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.find(Flows.grant('contested')).get() == racers[outcomes.indexOf(true)]

        cleanup:
        pool.shutdownNow()
    }

    def "each step from request to revoked consent is stored over the one before and found by its new hash"() {
        given:
        def started = Flows.started('journey', remembered: Flows.session('journey'))
        repository.add(started)
        def loggedIn = started.acceptLogin(Flows.login(), hash('lv-journey'))
        def asked = loggedIn.requestConsent('sid-journey', hash('cc-journey'), true)
        def consented = asked.acceptConsent(Flows.consent(), hash('cv-journey'))
        def issued = consented.issueCode(hash('code-journey'), NOW.plusSeconds(600), NOW.plus(Duration.ofDays(30)))
        def redeemed = issued.redeemCode()
        def kept = redeemed.keepUntil(NOW.plus(Duration.ofDays(60)))
        def revoked = kept.revoke()

        expect:
        repository.update(loggedIn)
        repository.findBy(LOGIN_VERIFIER, hash('lv-journey')).get() == loggedIn
        repository.update(asked)
        repository.findBy(CONSENT_CHALLENGE, hash('cc-journey')).get() == asked
        repository.update(consented)
        repository.findBy(CONSENT_VERIFIER, hash('cv-journey')).get() == consented
        repository.update(issued)
        repository.findBy(CODE, hash('code-journey')).get() == issued
        repository.update(redeemed)
        repository.update(kept)
        repository.update(revoked)
        repository.find(started.id()).get() == revoked
        repository.find(started.id()).get().version() == 7
        repository.findBy(LOGIN_CHALLENGE, hash('lc-journey')).get() == revoked
    }

    def "an update derived from a stale read is refused and changes nothing"() {
        given:
        def stored = Flows.started('stale')
        repository.add(stored)
        def accepted = stored.acceptLogin(Flows.login('alice'), hash('lv-accepted'))
        def rejected = stored.rejectLogin(Flows.rejection(true), hash('lv-rejected'))
        repository.update(accepted)

        when:
        def updated = repository.update(rejected)

        then:
        !updated
        repository.find(stored.id()).get() == accepted
        repository.findBy(LOGIN_VERIFIER, hash('lv-rejected')).isEmpty()
    }

    def "an update that skips a version is refused"() {
        given:
        def stored = Flows.started('skipping')
        repository.add(stored)
        def twoAhead = stored.acceptLogin(Flows.login(), hash('lv-skipping')).requestConsent('sid', hash('cc-skipping'), false)

        expect:
        !repository.update(twoAhead)
        repository.find(stored.id()).get() == stored
    }

    def "updating a flow that is gone is refused"() {
        given:
        def ghost = Flows.started('ghost').acceptLogin(Flows.login(), hash('lv-ghost'))

        expect:
        !repository.update(ghost)
        repository.find(ghost.id()).isEmpty()
        repository.findBy(LOGIN_VERIFIER, hash('lv-ghost')).isEmpty()
    }

    def "of 50 concurrent updates from one version exactly one lands"() {
        given:
        def stored = Flows.started('contested')
        repository.add(stored)
        def threads = 50
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)
        def racers = (1..threads).collect { n -> stored.acceptLogin(Flows.login("racer-$n"), hash("lv-racer-$n")) }

        when:
        def results = racers.collect { racer -> pool.submit({ start.await(); repository.update(racer) } as Callable<Boolean>) }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        def winner = racers[outcomes.indexOf(true)]
        repository.find(stored.id()).get() == winner
        (1..threads).count { repository.findBy(LOGIN_VERIFIER, hash("lv-racer-$it")).isPresent() } == 1

        cleanup:
        pool.shutdownNow()
    }

    def "the consents in force of a subject are found newest first, of one client or of all"() {
        given:
        def issued = Flows.consented('issued', requestedAt: NOW)
        def redeemed = Flows.consented('redeemed', requestedAt: NOW.plusSeconds(1)).redeemCode()
        def otherClient = Flows.consented('other-client', client: 'client-b', requestedAt: NOW.plusSeconds(2))
        [issued, redeemed, otherClient,
         Flows.consented('revoked', requestedAt: NOW.plusSeconds(3)).revoke(),
         Flows.loginAccepted('logged-in', requestedAt: NOW.plusSeconds(4)),
         Flows.consentAccepted('answered', requestedAt: NOW.plusSeconds(5)),
         Flows.started('remembered', remembered: Flows.session('alice-session'), requestedAt: NOW.plusSeconds(6)),
         Flows.consented('bob', subject: 'bob', requestedAt: NOW.plusSeconds(7))].each { assert repository.add(it) }

        expect:
        repository.findConsented('alice', Optional.empty()) == [otherClient, redeemed, issued]
        repository.findConsented('alice', Optional.of(new ClientId('client-a'))) == [redeemed, issued]
        repository.findConsented('alice', Optional.of(new ClientId('client-c'))) == []
        repository.findConsented('bob', Optional.empty())*.id() == [Flows.grant('bob')]
        repository.findConsented('carol', Optional.empty()) == []
    }

    def "the consent in force behind a grant is found while the flow is consented, and not before or after"() {
        given:
        def issued = Flows.consented('in-force')
        def answered = Flows.consentAccepted('answered')
        repository.add(issued)
        repository.add(answered)

        expect:
        repository.findConsentInForce(issued.id()).get().flow() == issued
        repository.findConsentInForce(answered.id()).isEmpty()
        repository.findConsentInForce(Flows.grant('unknown')).isEmpty()
        repository.update(issued.redeemCode())
        repository.findConsentInForce(issued.id()).get().flow() == issued.redeemCode()
        repository.update(issued.redeemCode().revoke())
        repository.findConsentInForce(issued.id()).isEmpty()
    }

    def "an implicit flow whose tokens were issued is a consent in force, with its response type, until revoked"() {
        given:
        def implicit = Flows.tokensIssued('implicit', requestedAt: NOW.plusSeconds(1))
        def issued = Flows.consented('code', requestedAt: NOW)
        repository.add(implicit)
        repository.add(issued)

        expect:
        repository.findConsented('alice', Optional.empty()) == [implicit, issued]
        with(repository.findConsentInForce(implicit.id()).get()) {
            flow().stage() == FlowStage.TOKENS_ISSUED
            request().responseType() == ResponseType.ID_TOKEN_TOKEN
            request().isImplicit()
        }
        repository.find(issued.id()).get().request().responseType() == ResponseType.CODE
        repository.update(implicit.revoke())
        repository.findConsentInForce(implicit.id()).isEmpty()
    }

    def "consents requested in the same millisecond come in a fixed order"() {
        given:
        ['tie-a', 'tie-c', 'tie-b'].each { repository.add(Flows.consented(it, requestedAt: NOW)) }

        expect:
        repository.findConsented('alice', Optional.empty())*.id() == ['tie-c', 'tie-b', 'tie-a'].collect { Flows.grant(it) }
    }

    def "a consent is found as it stands after an update"() {
        given:
        def issued = Flows.consented('moving')
        repository.add(issued)

        when:
        repository.update(issued.redeemCode())

        then:
        repository.findConsented('alice', Optional.empty()) == [issued.redeemCode()]

        when:
        repository.update(issued.redeemCode().revoke())

        then:
        repository.findConsented('alice', Optional.empty()) == []
    }

    def "removing expired flows deletes exactly those that expired before the cut-off"() {
        given:
        def cutoff = NOW.plus(Duration.ofDays(1))
        repository.add(Flows.started('long-gone', expiresAt: NOW.plusSeconds(1)))
        repository.add(Flows.consented('just-gone', expiresAt: cutoff.minusMillis(1)))
        repository.add(Flows.started('at-cutoff', expiresAt: cutoff))
        repository.add(Flows.consented('still-kept', expiresAt: cutoff.plusMillis(1)))

        when:
        def removed = repository.removeExpired(cutoff)

        then:
        removed == 2
        repository.find(Flows.grant('long-gone')).isEmpty()
        repository.find(Flows.grant('just-gone')).isEmpty()
        repository.findBy(CODE, hash('code-just-gone')).isEmpty()
        repository.findBy(LOGIN_CHALLENGE, hash('lc-long-gone')).isEmpty()
        repository.find(Flows.grant('at-cutoff')).isPresent()
        repository.findBy(CODE, hash('code-still-kept')).isPresent()
        repository.removeExpired(cutoff) == 0
    }

    def "removing a client's flows deletes every one of its flows, pending or consented, and no other client's"() {
        given:
        [Flows.consented('consent-a'), Flows.started('pending-a'), Flows.consentAccepted('answered-a'),
         Flows.consented('consent-b', client: 'client-b')].each { assert repository.add(it) }

        when:
        def removed = repository.removeClient(new ClientId('client-a'))

        then:
        removed == 3
        ['consent-a', 'pending-a', 'answered-a'].every { repository.find(Flows.grant(it)).isEmpty() }
        repository.findBy(CODE, hash('code-consent-a')).isEmpty()
        repository.findConsented('alice', Optional.empty())*.id() == [Flows.grant('consent-b')]
        repository.removeClient(new ClientId('client-a')) == 0
    }

    def "the hashes of a removed flow can be taken by a new one"() {
        given:
        def old = Flows.everything('reused')
        repository.add(old)
        repository.removeExpired(NOW.plus(Duration.ofDays(365)))

        expect:
        repository.add(Flows.withId(old, 'successor'))
        repository.findBy(CODE, old.code().get()).get().id() == Flows.grant('successor')
    }
}

package dev.portcullis.application.client

import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeRegistrationTokenRepository
import dev.portcullis.application.fakes.FakeTokenRepository
import dev.portcullis.application.port.Flows
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.token.GrantId
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.token.TokenRecord
import dev.portcullis.domain.token.TokenSignature

import java.time.Duration

class DeleteClientServiceSpec extends ClientServiceSpecification {

    def tokens = new FakeTokenRepository()
    def get = new GetClientService(repository)
    def flows = new FakeFlowRepository()
    def registrationTokens = new FakeRegistrationTokenRepository()
    def service = new DeleteClientService(repository, tokens, flows, registrationTokens)

    /** Records an access token of {@code clientId}, its signature readable in failures. */
    TokenSignature storeToken(String clientId, String name, TokenKind kind = TokenKind.ACCESS_TOKEN) {
        def signature = new TokenSignature(name.padRight(16, '0'))
        assert tokens.add(new TokenRecord(signature, kind, new ClientId(clientId), Optional.empty(), Scopes.NONE, Audience.NONE,
                clock.instant(), clock.instant() + Duration.ofHours(1), new GrantId('grant-of-' + clientId), false))
        signature
    }

    def "a deleted client can no longer be read"() {
        given:
        register(machine(), 'doomed')

        when:
        service.delete('doomed')
        get.get('doomed')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        repository.find(new ClientId('doomed')).isEmpty()
    }

    def "deleting one client leaves the others"() {
        given:
        register(machine(), 'doomed')
        register(machine(), 'survivor')

        when:
        service.delete('doomed')

        then:
        get.get('survivor').id() == new ClientId('survivor')
    }

    def "deleting a client twice is not_found the second time"() {
        given:
        register(machine(), 'doomed')
        service.delete('doomed')

        when:
        service.delete('doomed')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
    }

    def "deleting a client that #situation is not_found"() {
        when:
        service.delete(id)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        situation              | id
        'does not exist'       | 'nobody'
        'no client could have' | 'a/b'
        'is empty'             | ''
        'is null'              | null
    }

    def "a deleted client_id can be registered again"() {
        given:
        register(machine().clientName('old'), 'reused')
        service.delete('reused')

        when:
        register(machine().clientName('new'), 'reused')

        then:
        get.get('reused').metadata().clientName() == 'new'
    }

    def "deleting a client removes every token issued to it and leaves other clients' tokens"() {
        given:
        register(machine(), 'doomed')
        register(machine(), 'survivor')
        def doomedTokens = [storeToken('doomed', 'doomed-access'), storeToken('doomed', 'doomed-refresh', TokenKind.REFRESH_TOKEN)]
        def survivorToken = storeToken('survivor', 'survivor-access')

        when:
        service.delete('doomed')

        then:
        doomedTokens.every { tokens.find(it).isEmpty() }
        tokens.find(survivorToken).isPresent()
    }

    def "a client registered again under a deleted client's id does not inherit its tokens"() {
        given:
        register(machine(), 'reused')
        def old = storeToken('reused', 'old-access')
        service.delete('reused')

        when:
        register(machine(), 'reused')

        then:
        tokens.find(old).isEmpty()
    }

    def "deleting a client removes its flows and the consents they hold, and leaves other clients' consents"() {
        given:
        register(machine(), 'doomed')
        register(machine(), 'survivor')
        [Flows.consented('doomed-consent', client: 'doomed'), Flows.started('doomed-pending', client: 'doomed'),
         Flows.consented('survivor-consent', client: 'survivor')].each { assert flows.add(it) }

        when:
        service.delete('doomed')

        then:
        flows.find(Flows.grant('doomed-consent')).isEmpty()
        flows.find(Flows.grant('doomed-pending')).isEmpty()
        flows.findConsented('alice', Optional.empty())*.id() == [Flows.grant('survivor-consent')]
    }

    def "deleting a client forgets its registration access token, and leaves other clients' tokens"() {
        given:
        register(machine(), 'doomed')
        register(machine(), 'survivor')
        registrationTokens.put(new ClientId('doomed'), new TokenSignature('doomed-registration-token'))
        registrationTokens.put(new ClientId('survivor'), new TokenSignature('survivor-registration-token'))

        when:
        service.delete('doomed')

        then:
        registrationTokens.find(new ClientId('doomed')).isEmpty()
        registrationTokens.find(new ClientId('survivor')).isPresent()
    }
}

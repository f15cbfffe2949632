package dev.portcullis.application.token

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

class RevokeClientTokensServiceSpec extends TokenServiceSpecification {

    def service = new RevokeClientTokensService(tokens)

    def "every token of the client is removed, and only that client's"() {
        given:
        def machine = registerMachine()
        def other = registerMachine('other-machine')
        def grantId = accessTokens.newGrantId()
        def mine = [issueAccessToken(machine, [grantId: grantId]).value(),
                    accessTokens.issueRefreshToken(grant(machine, [grantId: grantId])).value(),
                    issueAccessToken(machine).value()]
        def theirs = issueAccessToken(other).value()

        when:
        def removed = service.revokeAll('machine')

        then:
        removed == 3
        mine.every { recordOf(it).isEmpty() }
        recordOf(theirs).isPresent()
    }

    def "revoked and expired tokens of the client are removed too"() {
        given:
        def machine = registerMachine()
        def revoked = issueAccessToken(machine)
        tokens.revoke(revoked.record().signature())
        def expired = issueAccessToken(machine)
        clock.advance(ACCESS_LIFESPAN.multipliedBy(2))

        expect:
        service.revokeAll('machine') == 2
        recordOf(revoked.value()).isEmpty()
        recordOf(expired.value()).isEmpty()
    }

    def "a client with no tokens, or no client at all, has nothing to remove"() {
        given:
        registerMachine()

        expect:
        service.revokeAll('machine') == 0
        service.revokeAll('nobody') == 0
    }

    def "a client id that #problem is invalid_request"() {
        when:
        service.revokeAll(clientId)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST

        where:
        problem          | clientId
        'is missing'     | null
        'is empty'       | ''
        'holds a slash'  | 'a/b'
        'is too long'    | 'c' * 256
    }
}

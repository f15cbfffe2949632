package dev.portcullis.application.trust

import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

class DeleteTrustServiceSpec extends TrustServiceSpecification {

    def service = new DeleteTrustService(trusts)
    def get = new GetTrustService(trusts)

    def "a deleted relationship is gone, and the others stay"() {
        given:
        def doomed = registered()
        def kept = registered(jwk: FakeForeignJwts.key('key-2'))

        when:
        service.delete(doomed.id().value())
        get.get(doomed.id().value())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        stored() == [kept]
    }

    def "deleting the same relationship twice is not_found the second time"() {
        given:
        def trust = registered()
        service.delete(trust.id().value())

        when:
        service.delete(trust.id().value())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
    }

    def "deleting #what is not_found and deletes nothing"() {
        given:
        def trust = registered()

        when:
        service.delete(id)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        stored() == [trust]

        where:
        what             | id
        'an unknown id'  | '0f8fad5b-d9cb-469f-a165-70867728950e'
        'a malformed id' | 'not-a-uuid'
        'an empty id'    | ''
        'no id'          | null
    }

    def "once deleted, the issuer's subject and kid may be trusted again"() {
        given:
        def first = registered()
        service.delete(first.id().value())

        when:
        def second = registered()

        then:
        second.id() != first.id()
        stored() == [second]
    }
}

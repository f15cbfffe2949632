package dev.portcullis.application.trust

import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.time.Duration

class GetTrustServiceSpec extends TrustServiceSpecification {

    def service = new GetTrustService(trusts)

    def "a registered relationship is found by its id"() {
        given:
        def trust = registered()
        registered(jwk: FakeForeignJwts.key('key-2'))

        expect:
        service.get(trust.id().value()) == trust
    }

    def "a relationship that has expired is still found"() {
        given:
        def trust = registered(expiresAt: START + Duration.ofMinutes(1))
        clock.advance(Duration.ofDays(1))

        expect:
        service.get(trust.id().value()) == trust
    }

    def "getting #what is not_found"() {
        given:
        def trust = registered()

        when:
        service.get(id == 'upper' ? trust.id().value().toUpperCase() : id)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        what                             | id
        'an unknown id'                  | '0f8fad5b-d9cb-469f-a165-70867728950e'
        'a malformed id'                 | 'not-a-uuid'
        'an empty id'                    | ''
        'no id'                          | null
        'a stored id in upper case'      | 'upper'
        'a path-like id'                 | '../0f8fad5b-d9cb-469f-a165-70867728950e'
    }
}

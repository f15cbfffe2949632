package dev.portcullis.application.key

import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

class GetPublicKeysServiceSpec extends KeyServiceSpecification {

    def service = new GetPublicKeysService(keyRing)

    def "the access-token and id-token keys are published, each set newest first, and never an operator's set"() {
        given:
        def accessOld = storeKey(KeySetName.ACCESS_TOKEN, SigningAlgorithm.RS256)
        def idKey = storeKey(KeySetName.ID_TOKEN)
        def mine = storeKey(MINE)
        def accessNew = storeKey(KeySetName.ACCESS_TOKEN)

        when:
        def published = service.get().keys()

        then:
        published == [accessNew.publicJwk(), accessOld.publicJwk(), idKey.publicJwk()]
        !published*.kid.contains(mine.kid().value())
    }

    def "published keys carry their public members only"() {
        given:
        storeKey(KeySetName.ACCESS_TOKEN)
        storeKey(KeySetName.ID_TOKEN, SigningAlgorithm.RS256)

        expect:
        service.get().keys().every { it.keySet() == ['kty', 'kid', 'alg', 'use'] as Set }
    }

    def "without keys nothing is published"() {
        given:
        storeKey(MINE)

        expect:
        service.get().keys().isEmpty()
    }
}

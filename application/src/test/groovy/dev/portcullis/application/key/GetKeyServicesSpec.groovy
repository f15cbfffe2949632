package dev.portcullis.application.key

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.key.KeySetName

class GetKeyServicesSpec extends KeyServiceSpecification {

    def getKey = new GetKeyService(keyRing)
    def getSet = new GetKeySetService(keyRing)

    def "one key is read by set and kid"() {
        given:
        def key = storeKey(KeySetName.ACCESS_TOKEN)
        storeKey(KeySetName.ACCESS_TOKEN)

        expect:
        getKey.get('access-token', key.kid().value()).keys() == [key.publicJwk()]
    }

    def "reading a key of #problem is not_found"() {
        given:
        def key = storeKey(KeySetName.ACCESS_TOKEN)
        storeKey(MINE)

        when:
        getKey.get(set, kid == 'existing' ? key.kid().value() : kid)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        problem                             | set            | kid
        'an unknown kid'                    | 'access-token' | 'key-9999'
        'an unknown set'                    | 'unknown-set'  | 'existing'
        'another set'                       | 'my-keys'      | 'existing'
        'a malformed set name'              | 'a/b'          | 'existing'
        'a malformed kid'                   | 'access-token' | 'a/b'
        'an empty kid'                      | 'access-token' | ''
    }

    def "a set is read newest first"() {
        given:
        def older = storeKey(MINE)
        def newer = storeKey(MINE)

        expect:
        getSet.get('my-keys').keys() == [newer.publicJwk(), older.publicJwk()]
    }

    def "reading a set that #problem is not_found"() {
        when:
        getSet.get(set)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        problem          | set
        'has no keys'    | 'access-token'
        'is unknown'     | 'unknown-set'
        'is malformed'   | 'a/b'
        'is empty'       | ''
    }
}

package dev.portcullis.application.key

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.key.KeySetName

class DeleteKeyServiceSpec extends KeyServiceSpecification {

    def service = new DeleteKeyService(keys, keyRing)

    def "deleting a key of #problem is not_found and deletes nothing"() {
        given:
        def key = storeKey(KeySetName.ACCESS_TOKEN)
        storeKey(KeySetName.ACCESS_TOKEN)
        storeKey(MINE)
        def before = [kids(KeySetName.ACCESS_TOKEN), kids(MINE)]

        when:
        service.delete(set, kid == 'existing' ? key.kid().value() : kid)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        [kids(KeySetName.ACCESS_TOKEN), kids(MINE)] == before

        where:
        problem                | set            | kid
        'an unknown kid'       | 'access-token' | 'key-9999'
        'an unknown set'       | 'unknown-set'  | 'existing'
        'another set'          | 'my-keys'      | 'existing'
        'a malformed set name' | 'a/b'          | 'existing'
        'a malformed kid'      | 'access-token' | 'a/b'
    }

    def "the only key of #set cannot be deleted: conflict"() {
        given:
        def only = storeKey(new KeySetName(set))

        when:
        service.delete(set, only.kid().value())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        keys.findSet(new KeySetName(set)) == [only]

        where:
        set << ['access-token', 'id-token']
    }

    def "the only key of a set of the operator's own can be deleted"() {
        given:
        def only = storeKey(MINE)

        when:
        service.delete('my-keys', only.kid().value())

        then:
        keys.findSet(MINE).isEmpty()
    }

    def "deleting the signing key makes the next newest sign at once"() {
        given:
        def older = storeKey(KeySetName.ACCESS_TOKEN)
        def newest = storeKey(KeySetName.ACCESS_TOKEN)
        assert keyRing.signingKey(KeySetName.ACCESS_TOKEN) == Optional.of(newest)

        when:
        service.delete('access-token', newest.kid().value())

        then:
        keyRing.signingKey(KeySetName.ACCESS_TOKEN) == Optional.of(older)
        keyRing.keys(KeySetName.ACCESS_TOKEN) == [older]
    }

    def "deleting an older key leaves the signing key and stops publishing the deleted one"() {
        given:
        def older = storeKey(KeySetName.ID_TOKEN)
        def newest = storeKey(KeySetName.ID_TOKEN)
        keyRing.keys(KeySetName.ID_TOKEN)

        when:
        service.delete('id-token', older.kid().value())

        then:
        keyRing.keys(KeySetName.ID_TOKEN) == [newest]
    }
}

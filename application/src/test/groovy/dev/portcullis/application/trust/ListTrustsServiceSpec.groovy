package dev.portcullis.application.trust

import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.nio.charset.StandardCharsets

class ListTrustsServiceSpec extends TrustServiceSpecification {

    def service = new ListTrustsService(trusts)

    /** Registers {@code count} relationships of {@code issuer}, each with a kid of its own; @return their ids in id order */
    List<String> registerMany(int count, String issuer = ISSUER) {
        (1..count).collect { registered(issuer: issuer, jwk: FakeForeignJwts.key("$issuer-key-$it".toString())).id().value() }.sort()
    }

    static TrustListRequest page(Integer size, String token = null, String issuer = null) {
        new TrustListRequest(Optional.ofNullable(issuer), Optional.ofNullable(size), Optional.ofNullable(token))
    }

    static List<String> idsOf(TrustList list) {
        list.relationships()*.id()*.value()
    }

    static String base64url(String text) {
        Base64.urlEncoder.withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8))
    }

    def "without a page size a page holds up to 250 relationships"() {
        given:
        def ids = registerMany(251)

        when:
        def first = service.list(page(null))
        def second = service.list(page(null, first.nextPageToken().orElseThrow()))

        then:
        first.pageSize() == 250
        idsOf(first) == ids.take(250)
        idsOf(second) == [ids.last()]
        second.nextPageToken().isEmpty()
    }

    def "no relationships list as an empty page without a next page"() {
        when:
        def list = service.list(page(null))

        then:
        list.relationships().isEmpty()
        list.nextPageToken().isEmpty()
    }

    def "listed relationships are the stored ones"() {
        given:
        def trust = registered()

        expect:
        service.list(page(null)).relationships() == [trust]
    }

    def "page tokens walk through all relationships in id order, each once"() {
        given:
        def ids = registerMany(7)

        when:
        def first = service.list(page(3))
        def second = service.list(page(3, first.nextPageToken().orElseThrow()))
        def third = service.list(page(3, second.nextPageToken().orElseThrow()))

        then:
        idsOf(first) == ids[0..2]
        idsOf(second) == ids[3..5]
        idsOf(third) == [ids[6]]
        [first, second, third]*.pageSize() == [3, 3, 3]
        third.nextPageToken().isEmpty()
    }

    def "a page token names the last relationship of its page, opaquely"() {
        given:
        def ids = registerMany(3)

        when:
        def token = service.list(page(2)).nextPageToken().orElseThrow()

        then:
        token ==~ /[A-Za-z0-9_-]+/
        !token.contains(ids[1])
        new String(Base64.urlDecoder.decode(token), StandardCharsets.UTF_8) == 'after:' + ids[1]
    }

    def "a last page that is exactly full has no next page token"() {
        given:
        registerMany(4)

        when:
        def first = service.list(page(2))
        def last = service.list(page(2, first.nextPageToken().orElseThrow()))

        then:
        idsOf(last).size() == 2
        last.nextPageToken().isEmpty()
    }

    def "a page token stays valid when the relationship it ended on is deleted"() {
        given:
        def ids = registerMany(4)
        def first = service.list(page(2))
        new DeleteTrustService(trusts).delete(ids[1])

        expect:
        idsOf(service.list(page(2, first.nextPageToken().orElseThrow()))) == ids[2..3]
    }

    def "an empty page token means the first page"() {
        given:
        def ids = registerMany(2)

        expect:
        idsOf(service.list(page(1, ''))) == [ids[0]]
    }

    def "a page size of #size is accepted"() {
        given:
        registerMany(2)

        expect:
        service.list(page(size)).relationships().size() == shown
        service.list(page(size)).pageSize() == size

        where:
        size || shown
        1    || 1
        2    || 2
        500  || 2
    }

    def "a page size of #size is invalid_request naming page_size"() {
        when:
        service.list(page(size))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('page_size')

        where:
        size << [0, -1, 501, Integer.MIN_VALUE, Integer.MAX_VALUE]
    }

    def "a page token this server did not issue (#kind) is invalid_request naming page_token"() {
        given:
        registerMany(2)

        when:
        service.list(page(10, token))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('page_token')

        where:
        kind                         | token
        'not base64url'              | 'garbage!!'
        'plain base64 with a slash'  | Base64.encoder.encodeToString('after:?>?'.bytes)
        'without the prefix'         | base64url('0f8fad5b-d9cb-469f-a165-70867728950e')
        'with another prefix'        | base64url('before:0f8fad5b-d9cb-469f-a165-70867728950e')
        'with a malformed id'        | base64url('after:not-a-uuid')
        'with an upper-case id'      | base64url('after:0F8FAD5B-D9CB-469F-A165-70867728950E')
        'with an empty id'           | base64url('after:')
        'the bare id'                | '0f8fad5b-d9cb-469f-a165-70867728950e'
    }

    def "relationships are filtered by exact issuer"() {
        given:
        def partner = registerMany(2)
        def other = registerMany(3, 'https://other.example.com')
        registerMany(1, ISSUER + '/')

        expect:
        idsOf(service.list(page(null, null, ISSUER))) == partner
        idsOf(service.list(page(null, null, 'https://other.example.com'))) == other
        idsOf(service.list(page(null, null, 'https://nobody.example.com'))).isEmpty()
    }

    def "an empty issuer filter lists every issuer's relationships"() {
        given:
        def all = (registerMany(2) + registerMany(2, 'https://other.example.com')).sort()

        expect:
        idsOf(service.list(page(null, null, ''))) == all
    }

    def "the issuer filter and paging work together"() {
        given:
        registerMany(3, 'https://other.example.com')
        def partner = registerMany(5)

        when:
        def first = service.list(page(2, null, ISSUER))
        def second = service.list(page(2, first.nextPageToken().orElseThrow(), ISSUER))
        def third = service.list(page(2, second.nextPageToken().orElseThrow(), ISSUER))

        then:
        idsOf(first) + idsOf(second) + idsOf(third) == partner
        third.nextPageToken().isEmpty()
    }
}

package dev.portcullis.application.client

import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeRegistrationTokenRepository
import dev.portcullis.application.fakes.FakeTokenRepository
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.nio.charset.StandardCharsets

class ListClientsServiceSpec extends ClientServiceSpecification {

    def service = new ListClientsService(repository)

    /** Registers a machine client under {@code id}, named and owned as {@code fields} say. */
    void register(String id, Map<String, String> fields = [:]) {
        register(machine().clientName(fields.client_name ?: '').owner(fields.owner ?: ''), id, fields.client_secret)
    }

    static ClientListRequest page(Integer size, String token = null) {
        new ClientListRequest(Optional.empty(), Optional.empty(), Optional.ofNullable(size), Optional.ofNullable(token))
    }

    def "without a page size a page holds up to 250 clients"() {
        given:
        register('only')

        when:
        def list = service.list(ClientListRequest.firstPage())

        then:
        list.pageSize() == 250
        list.clients()*.id()*.value() == ['only']
        list.totalCount() == 1
        list.nextPageToken().isEmpty()
    }

    def "an empty registry lists no clients and no next page"() {
        when:
        def list = service.list(ClientListRequest.firstPage())

        then:
        list.clients().isEmpty()
        list.totalCount() == 0
        list.nextPageToken().isEmpty()
    }

    def "listed clients are the stored ones, holding only the hashes of their secrets"() {
        given:
        register('generated')
        register('chosen', [client_secret: 'my chosen secret'])

        when:
        def list = service.list(ClientListRequest.firstPage())

        then:
        list.clients() == [stored('chosen'), stored('generated')]
        list.clients()[0].secretHash() == Optional.of(chosenHash('my chosen secret'))
    }

    def "page tokens walk through all clients in client_id order"() {
        given:
        ['c5', 'c2', 'c7', 'c1', 'c4', 'c3', 'c6'].each { register(it) }

        when:
        def first = service.list(page(3))
        def second = service.list(page(3, first.nextPageToken().orElseThrow()))
        def third = service.list(page(3, second.nextPageToken().orElseThrow()))

        then:
        first.clients()*.id()*.value() == ['c1', 'c2', 'c3']
        second.clients()*.id()*.value() == ['c4', 'c5', 'c6']
        third.clients()*.id()*.value() == ['c7']
        [first, second, third]*.totalCount() == [7L, 7L, 7L]
        [first, second, third]*.pageSize() == [3, 3, 3]
        third.nextPageToken().isEmpty()
    }

    def "a last page that is exactly full has no next page token"() {
        given:
        ['a', 'b', 'c', 'd'].each { register(it) }

        when:
        def first = service.list(page(2))
        def last = service.list(page(2, first.nextPageToken().orElseThrow()))

        then:
        last.clients()*.id()*.value() == ['c', 'd']
        last.nextPageToken().isEmpty()
    }

    def "a page token stays valid when the client it ended on is deleted"() {
        given:
        ['a', 'b', 'c', 'd'].each { register(it) }
        def first = service.list(page(2))
        new DeleteClientService(repository, new FakeTokenRepository(), new FakeFlowRepository(), new FakeRegistrationTokenRepository()).delete('b')

        when:
        def next = service.list(page(2, first.nextPageToken().orElseThrow()))

        then:
        next.clients()*.id()*.value() == ['c', 'd']
        next.totalCount() == 3
    }

    def "an empty page token means the first page"() {
        given:
        ['a', 'b'].each { register(it) }

        expect:
        service.list(page(1, '')).clients()*.id()*.value() == ['a']
    }

    def "page sizes from 1 to 500 are accepted"() {
        given:
        ['a', 'b'].each { register(it) }

        expect:
        service.list(page(size)).clients().size() == shown

        where:
        size || shown
        1    || 1
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
        size << [0, -1, 501]
    }

    def "a page token this server did not issue (#kind) is invalid_request naming page_token"() {
        given:
        register('a')

        when:
        service.list(page(10, token))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('page_token')

        where:
        kind                      | token
        'not base64url'           | 'garbage!!'
        'without the prefix'      | base64url('a')
        'with a malformed id'     | base64url('after:a/b')
        'with an empty id'        | base64url('after:')
    }

    def "clients are filtered by exact #filter"() {
        given:
        register('a1', [client_name: 'alpha', owner: 'team-a'])
        register('a2', [client_name: 'alpha', owner: 'team-b'])
        register('b1', [client_name: 'beta', owner: 'team-a'])
        register('b2', [client_name: 'alphabet', owner: 'team-a'])

        when:
        def list = service.list(new ClientListRequest(Optional.ofNullable(name), Optional.ofNullable(owner), Optional.empty(), Optional.empty()))

        then:
        list.clients()*.id()*.value() == ids
        list.totalCount() == ids.size()

        where:
        filter                  | name    | owner    || ids
        'client_name'           | 'alpha' | null     || ['a1', 'a2']
        'owner'                 | null    | 'team-a' || ['a1', 'b1', 'b2']
        'client_name and owner' | 'alpha' | 'team-b' || ['a2']
        'client_name, no match' | 'gamma' | null     || []
    }

    def "filters and paging work together"() {
        given:
        ['a', 'b', 'c', 'd', 'e'].each { register(it, [owner: it in ['b', 'c', 'e'] ? 'team-a' : 'team-b']) }

        when:
        def first = service.list(new ClientListRequest(Optional.empty(), Optional.of('team-a'), Optional.of(2), Optional.empty()))
        def second = service.list(new ClientListRequest(Optional.empty(), Optional.of('team-a'), Optional.of(2), first.nextPageToken()))

        then:
        first.clients()*.id()*.value() == ['b', 'c']
        second.clients()*.id()*.value() == ['e']
        [first, second]*.totalCount() == [3L, 3L]
        second.nextPageToken().isEmpty()
    }

    // ---- offset paging (ORY Hydra's early and 1.x APIs) ----

    /** A page of up to {@code size} clients after passing over {@code offset}, filtered and after a token as {@code more} says. */
    static ClientListRequest fromOffset(long offset, Integer size, Map<String, String> more = [:]) {
        new ClientListRequest(Optional.ofNullable(more.client_name), Optional.ofNullable(more.owner), Optional.ofNullable(size),
                Optional.ofNullable(more.page_token), offset)
    }

    def "an offset passes over that many clients in client_id order"() {
        given:
        ['c5', 'c2', 'c7', 'c1', 'c4', 'c3', 'c6'].each { register(it) }

        when:
        def list = service.list(fromOffset(offset, 3))

        then:
        list.clients()*.id()*.value() == ids
        list.totalCount() == 7
        list.pageSize() == 3
        list.nextPageToken().isPresent() == more

        where:
        offset || ids                  | more
        0      || ['c1', 'c2', 'c3']   | true
        1      || ['c2', 'c3', 'c4']   | true
        2      || ['c3', 'c4', 'c5']   | true
        4      || ['c5', 'c6', 'c7']   | false
        6      || ['c7']               | false
    }

    def "the page token of a page from an offset leads on from that page"() {
        given:
        ['a', 'b', 'c', 'd', 'e', 'f'].each { register(it) }
        def first = service.list(fromOffset(2, 2))

        when:
        def next = service.list(page(2, first.nextPageToken().orElseThrow()))

        then:
        first.clients()*.id()*.value() == ['c', 'd']
        next.clients()*.id()*.value() == ['e', 'f']
    }

    def "an offset counts from the page token's client"() {
        given:
        ['a', 'b', 'c', 'd', 'e', 'f'].each { register(it) }
        def first = service.list(page(2))

        when:
        def list = service.list(fromOffset(1, 2, [page_token: first.nextPageToken().orElseThrow()]))

        then:
        first.clients()*.id()*.value() == ['a', 'b']
        list.clients()*.id()*.value() == ['d', 'e']
        list.totalCount() == 6
    }

    def "an offset passes over matching clients only (#filter)"() {
        given:
        register('a1', [client_name: 'alpha', owner: 'team-a'])
        register('a2', [client_name: 'beta', owner: 'team-b'])
        register('a3', [client_name: 'alpha', owner: 'team-b'])
        register('a4', [client_name: 'beta', owner: 'team-a'])
        register('a5', [client_name: 'alpha', owner: 'team-a'])
        register('a6', [client_name: 'alpha', owner: 'team-b'])

        when:
        def list = service.list(fromOffset(1, 2, filters))

        then:
        list.clients()*.id()*.value() == ids
        list.totalCount() == total

        where:
        filter                  | filters                                  || ids          | total
        'client_name'           | [client_name: 'alpha']                   || ['a3', 'a5'] | 4
        'owner'                 | [owner: 'team-a']                        || ['a4', 'a5'] | 3
        'client_name and owner' | [client_name: 'alpha', owner: 'team-b']  || ['a6']       | 2
    }

    def "an offset of #offset, at or beyond the end, is an empty page with the total count and no next page"() {
        given:
        ['a', 'b', 'c'].each { register(it) }

        when:
        def list = service.list(fromOffset(offset, 2))

        then:
        list.clients().isEmpty()
        list.totalCount() == 3
        list.nextPageToken().isEmpty()

        where:
        offset << [3, 4, 1000, Long.MAX_VALUE]
    }

    def "an offset beyond the end after filtering is an empty page with the filtered count"() {
        given:
        ['a', 'b', 'c', 'd'].each { register(it, [owner: it in ['a', 'c'] ? 'team-a' : 'team-b']) }

        when:
        def list = service.list(fromOffset(2, 10, [owner: 'team-a']))

        then:
        list.clients().isEmpty()
        list.totalCount() == 2
    }

    def "an offset on an empty registry is an empty page"() {
        expect:
        with(service.list(fromOffset(5, null))) {
            clients().isEmpty()
            totalCount() == 0
            nextPageToken().isEmpty()
        }
    }

    def "an offset larger than a storage page (#offset of 1203 clients) passes over several pages"() {
        given:
        (0..<1203).each { register(String.format('c%04d', it)) }

        when:
        def list = service.list(fromOffset(offset, size))

        then:
        list.clients()*.id()*.value() == ids
        list.totalCount() == 1203
        list.nextPageToken().isPresent() == more

        where:
        offset | size || ids                                  | more
        499    | 2    || ['c0499', 'c0500']                   | true
        500    | 2    || ['c0500', 'c0501']                   | true
        1000   | 3    || ['c1000', 'c1001', 'c1002']          | true
        1001   | 500  || (1001..<1203).collect { String.format('c%04d', it) } | false
        1201   | 5    || ['c1201', 'c1202']                   | false
        1203   | 5    || []                                   | false
    }

    def "an offset larger than a storage page counts filtered clients only"() {
        given:
        (0..<1100).each { register(String.format('c%04d', it), [owner: it % 2 == 0 ? 'even' : 'odd']) }

        when:
        def list = service.list(fromOffset(520, 2, [owner: 'odd']))

        then:
        list.clients()*.id()*.value() == ['c1041', 'c1043']
        list.totalCount() == 550
    }

    def "a request without an offset starts at offset zero"() {
        expect:
        new ClientListRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()).offset() == 0
        ClientListRequest.firstPage().offset() == 0
    }

    def "a negative offset (#offset) cannot be asked for"() {
        when:
        fromOffset(offset, null)

        then:
        thrown(IllegalArgumentException)

        where:
        offset << [-1, Long.MIN_VALUE]
    }

    static String base64url(String text) {
        Base64.urlEncoder.withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8))
    }
}

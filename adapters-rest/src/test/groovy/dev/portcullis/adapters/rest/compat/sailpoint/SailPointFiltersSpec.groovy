package dev.portcullis.adapters.rest.compat.sailpoint

import dev.portcullis.domain.client.LastUseFilter
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

import java.time.Instant

class SailPointFiltersSpec extends Specification {

    def "#filters reads as never used #neverUsed, used at or before #before"() {
        expect:
        SailPointFilters.parse(Optional.ofNullable(filters)) ==
                new LastUseFilter(neverUsed, Optional.ofNullable(before).map { Instant.parse(it) })

        where:
        filters                                                                      || neverUsed | before
        null                                                                         || false     | null
        '  '                                                                         || false     | null
        'lastUsed le 2023-02-05T10:59:27.214Z'                                       || false     | '2023-02-05T10:59:27.214Z'
        'lastUsed le "2023-02-05T10:59:27.214Z"'                                     || false     | '2023-02-05T10:59:27.214Z'
        'lastUsed isnull'                                                            || true      | null
        'lastUsed isnull and lastUsed le 2023-02-05T10:59:27.214Z'                   || true      | '2023-02-05T10:59:27.214Z'
        'lastUsed le 2024-01-01T00:00:00Z and lastUsed le 2023-02-05T10:59:27.214Z'  || false     | '2023-02-05T10:59:27.214Z'
    }

    def "anything else is invalid_request naming what is supported: #filters"() {
        when:
        SailPointFilters.parse(Optional.of(filters))

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_request'
        e.error().description().contains('lastUsed')

        where:
        filters << ['name eq "x"', 'lastUsed ge 2023-02-05T10:59:27.214Z', 'lastUsed le', 'lastUsed le soon',
                    'lastUsed isnull or lastUsed isnull', 'lastUsed isnull and', 'lastused isnull', 'lastUsed isnull lastUsed isnull']
    }
}

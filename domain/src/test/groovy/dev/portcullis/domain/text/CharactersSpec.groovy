package dev.portcullis.domain.text

import spock.lang.Specification

class CharactersSpec extends Specification {

    def "base64url text is #min to #max characters of A-Z a-z 0-9 _ -: '#text' is #expected"() {
        expect:
        Characters.isBase64Url(text, min, max) == expected

        where:
        text                  | min | max || expected
        'AZaz09_-'            | 1   | 8   || true
        'AZaz09_-'            | 1   | 7   || false
        'AZaz09_-'            | 9   | 20  || false
        ''                    | 0   | 1   || true
        ''                    | 1   | 1   || false
        null                  | 0   | 1   || false
        'abc='                | 1   | 10  || false
        'ab+c'                | 1   | 10  || false
        'ab/c'                | 1   | 10  || false
        'ab c'                | 1   | 10  || false
        'ab.c'                | 1   | 10  || false
        'é'                   | 1   | 10  || false
        'ab\u0000'            | 1   | 10  || false
    }

    def "alphanumeric text with extra characters #others: '#text' is #expected"() {
        expect:
        Characters.isAlphanumericOr(text, others, 1, 16) == expected

        where:
        text                        | others    || expected
        'client_credentials'        | '._~:/-'  || false
        'client_creds'              | '_'       || true
        'urn:ietf:params'           | '._~:/-'  || true
        'urn:ietf params'           | '._~:/-'  || false
        'a%20'                      | '._~:/-'  || false
        ''                          | '._~:/-'  || false
        null                        | '._~:/-'  || false
    }
}

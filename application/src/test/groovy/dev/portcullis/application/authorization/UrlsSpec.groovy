package dev.portcullis.application.authorization

import spock.lang.Specification

/** The URLs the flow redirects to, and the one parameter it reads back out of a request URL. */
class UrlsSpec extends Specification {

    def "the query parameter #name of #url is #expected"() {
        expect:
        Urls.queryParameter(url, name) == Optional.ofNullable(expected)

        where:
        url                                                  | name         || expected
        'https://as.example.com/auth?connection=github'      | 'connection' || 'github'
        'https://as.example.com/auth?a=1&connection=github'  | 'connection' || 'github'
        'https://as.example.com/auth?connection=a&connection=b' | 'connection' || 'a'
        'https://as.example.com/auth?connection=corp%20sso'  | 'connection' || 'corp sso'
        'https://as.example.com/auth?connection=corp+sso'    | 'connection' || 'corp sso'
        'https://as.example.com/auth?connection=%C3%A9t%C3%A9' | 'connection' || 'été'
        'https://as.example.com/auth?conn%65ction=github'    | 'connection' || 'github'
        'https://as.example.com/auth?connection=a%3Db%26c'   | 'connection' || 'a=b&c'
        'https://as.example.com/auth?connection='            | 'connection' || ''
        'https://as.example.com/auth?connection'             | 'connection' || ''
        'https://as.example.com/auth?connection=github#x'    | 'connection' || 'github'
        'https://as.example.com/auth'                        | 'connection' || null
        'https://as.example.com/auth?'                       | 'connection' || null
        'https://as.example.com/auth?other=github'           | 'connection' || null
        'https://as.example.com/auth?connections=github'     | 'connection' || null
        'https://as.example.com/auth?xconnection=github'     | 'connection' || null
        'https://as.example.com/auth?Connection=github'      | 'connection' || null
    }

    def "the fragment is no part of the query: #url has no #name"() {
        expect:
        Urls.queryParameter(url, name).isEmpty()

        where:
        url                                              | name
        'https://as.example.com/auth?a=1#connection=x'   | 'connection'
        'https://as.example.com/auth?a=1#x&connection=y' | 'connection'
    }

    def "a malformed escape elsewhere in the query (#where) does not hide the parameter"() {
        expect:
        Urls.queryParameter(url, 'connection') == Optional.of('github')

        where:
        where               | url
        'in another value'  | 'https://as.example.com/auth?state=%zz&connection=github'
        'in another name'   | 'https://as.example.com/auth?%zz=1&connection=github'
        'a lone percent'    | 'https://as.example.com/auth?state=100%&connection=github'
    }

    def "a value that cannot be decoded is no value"() {
        expect:
        Urls.queryParameter('https://as.example.com/auth?connection=%zz', 'connection').isEmpty()
    }

    def "withQuery appends form-encoded parameters, after a query the base already has"() {
        expect:
        Urls.withQuery(base, [consent: 'a b&c']) == expected

        where:
        base                                 || expected
        'https://as.example.com/app'         || 'https://as.example.com/app?consent=a+b%26c'
        'https://as.example.com/app?lang=en' || 'https://as.example.com/app?lang=en&consent=a+b%26c'
    }

    def "a question mark in the fragment starts no query"() {
        expect:
        Urls.queryParameter('https://as.example.com/auth#x?connection=github', 'connection').isEmpty()
    }

    def "the first value is the one, even when it is malformed"() {
        expect:
        Urls.queryParameter('https://as.example.com/auth?connection=%zz&connection=github', 'connection').isEmpty()
        Urls.queryParameter('https://as.example.com/auth?%zz=x&connection=github', 'connection') == Optional.of('github')
    }
}

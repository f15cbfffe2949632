package dev.portcullis.domain.client

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class ActingSubjectSpec extends Specification {

    def "a subject of type '#type' and id '#id' is accepted"() {
        expect:
        ActingSubject.of(type, id, 'box_subjects') == new ActingSubject(type, id)

        where:
        type                                     | id
        'enterprise'                             | '12345'
        'user'                                   | '987654321'
        'a'                                      | 'x'
        'x' * ActingSubject.MAX_TYPE_LENGTH      | 'i' * ActingSubject.MAX_ID_LENGTH
        'service_account2'                       | 'urn:example:subject/1?a=b#c'
        'user'                                   | '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
    }

    def "an untrusted subject is refused with invalid_client_metadata naming the field when #problem"() {
        when:
        ActingSubject.of(type, id, 'box_subjects')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('box_subjects')
        e.error().description().contains(part)

        where:
        problem                              | type                                      | id                                     || part
        'the type is absent'                 | null                                      | '12345'                                || 'type'
        'the type is empty'                  | ''                                        | '12345'                                || 'type'
        'the type is too long'               | 'x' * (ActingSubject.MAX_TYPE_LENGTH + 1) | '12345'                                || 'type'
        'the type has upper case'            | 'Enterprise'                              | '12345'                                || 'type'
        'the type starts with a digit'       | '1user'                                   | '12345'                                || 'type'
        'the type starts with an underscore' | '_user'                                   | '12345'                                || 'type'
        'the type holds a dash'              | 'service-account'                         | '12345'                                || 'type'
        'the type holds a space'             | 'en terprise'                             | '12345'                                || 'type'
        'the id is absent'                   | 'enterprise'                              | null                                   || 'id'
        'the id is empty'                    | 'enterprise'                              | ''                                     || 'id'
        'the id is too long'                 | 'enterprise'                              | 'i' * (ActingSubject.MAX_ID_LENGTH + 1) || 'id'
        'the id holds a space'               | 'enterprise'                              | '123 45'                               || 'id'
        'the id holds a tab'                 | 'enterprise'                              | '123\t45'                              || 'id'
        'the id holds a line break'          | 'enterprise'                              | '12345\n'                              || 'id'
        'the id holds DEL'                   | 'enterprise'                              | '123\u007F45'                          || 'id'
        'the id holds non-ASCII'             | 'enterprise'                              | 'unternehmen-ü'                        || 'id'
    }

    def "constructing a subject with a malformed #part is a programming error"() {
        when:
        new ActingSubject(type, id)

        then:
        thrown(IllegalArgumentException)

        where:
        part   | type         | id
        'type' | 'Enterprise' | '12345'
        'type' | null         | '12345'
        'id'   | 'enterprise' | '123 45'
        'id'   | 'enterprise' | null
    }

    def "prints as type:id"() {
        expect:
        new ActingSubject('enterprise', '12345').toString() == 'enterprise:12345'
    }

    def "two subjects are equal exactly when type and id are"() {
        expect:
        new ActingSubject('user', '1') == new ActingSubject('user', '1')
        new ActingSubject('user', '1') != new ActingSubject('enterprise', '1')
        new ActingSubject('user', '1') != new ActingSubject('user', '2')
    }
}

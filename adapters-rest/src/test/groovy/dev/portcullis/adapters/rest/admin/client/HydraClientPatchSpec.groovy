package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.application.fakes.StaleOnceClientRepository
import dev.portcullis.domain.client.HashedSecret
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.time.Duration

class HydraClientPatchSpec extends HydraClientSpecification {

    /** A confidential web app with a bit of everything to patch. */
    Map<String, Object> registerWebApp(String id = 'web') {
        register([client_id    : id, client_name: 'Web app', redirect_uris: [WEB_CALLBACK],
                  grant_types  : ['authorization_code', 'refresh_token'], scope: 'openid profile',
                  audience     : ['https://api.example.com', 'urn:billing'], metadata: [region: 'eu']])
    }

    def "#operation changes only that member"() {
        given:
        def before = registerWebApp()

        when:
        def document = patch('web', [op])

        then:
        document[member] == after
        document.findAll { it.key != member && it.key != 'updated_at' } == before.findAll { it.key != member && it.key != 'client_secret' && it.key != 'updated_at' }
        read('web')[member] == after

        where:
        operation                      | op                                                                                      || member          | after
        'replace /client_name'         | [op: 'replace', path: '/client_name', value: 'Renamed']                                 || 'client_name'   | 'Renamed'
        'add /redirect_uris/-'         | [op: 'add', path: '/redirect_uris/-', value: 'https://app.example.com/other']          || 'redirect_uris' | [WEB_CALLBACK, 'https://app.example.com/other']
        'add /redirect_uris/0'         | [op: 'add', path: '/redirect_uris/0', value: 'https://app.example.com/first']          || 'redirect_uris' | ['https://app.example.com/first', WEB_CALLBACK]
        'remove /audience/0'           | [op: 'remove', path: '/audience/0']                                                     || 'audience'      | ['urn:billing']
        'replace /audience/1'          | [op: 'replace', path: '/audience/1', value: 'urn:ledger']                               || 'audience'      | ['https://api.example.com', 'urn:ledger']
        'add /metadata/tier'           | [op: 'add', path: '/metadata/tier', value: 'gold']                                      || 'metadata'      | [region: 'eu', tier: 'gold']
        'remove /metadata/region'      | [op: 'remove', path: '/metadata/region']                                                || 'metadata'      | [:]
        'replace /scope'               | [op: 'replace', path: '/scope', value: 'openid']                                        || 'scope'         | 'openid'
        'add /skip_consent'            | [op: 'add', path: '/skip_consent', value: true]                                         || 'skip_consent'  | true
        'add /owner'                   | [op: 'add', path: '/owner', value: 'team-a']                                            || 'owner'         | 'team-a'
        'add /contacts/-'              | [op: 'add', path: '/contacts/-', value: 'ops@example.com']                              || 'contacts'      | ['ops@example.com']
        'add /box_subjects/-'          | [op: 'add', path: '/box_subjects/-', value: [box_subject_type: 'user', box_subject_id: '678']] || 'box_subjects' | [[box_subject_type: 'user', box_subject_id: '678']]
        'copy /client_name to /owner'  | [op: 'copy', from: '/client_name', path: '/owner']                                      || 'owner'         | 'Web app'
    }

    def "several operations apply in order"() {
        given:
        registerWebApp()

        when:
        def document = patch('web', [
                [op: 'test', path: '/client_name', value: 'Web app'],
                [op: 'replace', path: '/client_name', value: 'Step one'],
                [op: 'replace', path: '/client_name', value: 'Step two'],
                [op: 'move', from: '/client_name', path: '/owner']])

        then:
        document.owner == 'Step two'
        document.client_name == ''
    }

    def "removing a member sets it back to its default"() {
        given:
        registerWebApp()

        when:
        def document = patch('web', [[op: 'remove', path: '/audience'], [op: 'remove', path: '/scope']])

        then:
        document.audience == []
        document.scope == ''
    }

    def "a lifespan added in Go notation is written back in Go's own notation"() {
        given:
        registerWebApp()

        when:
        def document = patch('web', [[op: 'add', path: '/authorization_code_grant_access_token_lifespan', value: '1h30m']])

        then:
        document.authorization_code_grant_access_token_lifespan == '1h30m0s'
    }

    def "patching keeps created_at, moves updated_at to now and keeps the secret"() {
        given:
        def secret = registerWebApp().client_secret
        clock.advance(Duration.ofMinutes(90))

        when:
        def document = patch('web', [[op: 'replace', path: '/client_name', value: 'Later']])

        then:
        document.created_at == '2030-01-01T00:00:00Z'
        document.updated_at == '2030-01-01T01:30:00Z'
        !document.containsKey('client_secret')
        stored('web').secretHash() == Optional.of(new HashedSecret('fake-generated:' + secret))
    }

    def "add /client_secret sets the chosen secret and returns it once"() {
        given:
        registerWebApp()

        when:
        def document = patch('web', [[op: 'add', path: '/client_secret', value: 'a patched secret']])

        then:
        document.client_secret == 'a patched secret'
        stored('web').secretHash() == Optional.of(new HashedSecret('fake-chosen:a patched secret'))
        !read('web').containsKey('client_secret')
    }

    def "a public client patched to client_secret_basic gets a generated secret"() {
        given:
        register([client_id: 'app', token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK]])

        when:
        def document = patch('app', [[op: 'replace', path: '/token_endpoint_auth_method', value: 'client_secret_basic']])

        then:
        def secret = document.client_secret as String
        secret.length() == 43
        stored('app').secretHash() == Optional.of(new HashedSecret('fake-generated:' + secret))
    }

    def "a client patched to none drops its secret"() {
        given:
        registerWebApp()

        when:
        def document = patch('web', [[op: 'replace', path: '/token_endpoint_auth_method', value: 'none']])

        then:
        document.token_endpoint_auth_method == 'none'
        stored('web').secretHash().isEmpty()
    }

    def "a patch that would #change is invalid_request naming the member and changes nothing"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        patch('web', [op])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains(member)
        stored('web') == before

        where:
        change                          | op                                                                     || member
        'add /client_id'                | [op: 'add', path: '/client_id', value: 'other']                        || 'client_id'
        'replace /client_id'            | [op: 'replace', path: '/client_id', value: 'other']                    || 'client_id'
        'replace /client_id by itself'  | [op: 'replace', path: '/client_id', value: 'web']                      || 'client_id'
        'remove /client_id'             | [op: 'remove', path: '/client_id']                                     || 'client_id'
        'move from /client_id'          | [op: 'move', from: '/client_id', path: '/client_name']                 || 'client_id'
        'move to /client_id'            | [op: 'move', from: '/client_name', path: '/client_id']                 || 'client_id'
        'copy to /client_id'            | [op: 'copy', from: '/client_name', path: '/client_id']                 || 'client_id'
        'add /created_at'               | [op: 'add', path: '/created_at', value: '1999-01-01T00:00:00Z']        || 'created_at'
        'replace /created_at'           | [op: 'replace', path: '/created_at', value: '1999-01-01T00:00:00Z']    || 'created_at'
        'remove /created_at'            | [op: 'remove', path: '/created_at']                                    || 'created_at'
        'move from /created_at'         | [op: 'move', from: '/created_at', path: '/owner']                      || 'created_at'
        'replace the whole document'    | [op: 'replace', path: '', value: [client_id: 'web']]                   || 'client_id'
    }

    def "a test of client_id may be part of a patch"() {
        given:
        registerWebApp()

        when:
        def document = patch('web', [[op: 'test', path: '/client_id', value: 'web'], [op: 'replace', path: '/client_name', value: 'Tested']])

        then:
        document.client_name == 'Tested'
    }

    def "a failing test operation is invalid_request and no operation is applied"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        patch('web', [[op: 'replace', path: '/client_name', value: 'Changed'], [op: 'test', path: '/owner', value: 'someone']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        stored('web') == before
    }

    def "an operation on a member that is not there is invalid_request and changes nothing"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        patch('web', [op])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        stored('web') == before

        where:
        op << [[op: 'remove', path: '/client_secret'],
               [op: 'replace', path: '/logo_uri', value: 'https://app.example.com/logo.png'],
               [op: 'remove', path: '/audience/5'],
               [op: 'add', path: '/metadata/a/b', value: 1]]
    }

    def "a patch whose result breaks the rules is #code naming #member and changes nothing"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        patch('web', ops)

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        e.error().description().contains(member)
        stored('web') == before

        where:
        ops                                                                               || code                              | member
        [[op: 'remove', path: '/redirect_uris']]                                          || ErrorCode.INVALID_REDIRECT_URI    | 'redirect_uris'
        [[op: 'remove', path: '/redirect_uris/0']]                                        || ErrorCode.INVALID_REDIRECT_URI    | 'redirect_uris'
        [[op: 'add', path: '/redirect_uris/-', value: 'http://evil.example.com/cb']]      || ErrorCode.INVALID_REDIRECT_URI    | 'redirect_uris'
        [[op: 'replace', path: '/client_name', value: 5]]                                 || ErrorCode.INVALID_CLIENT_METADATA | 'client_name'
        [[op: 'replace', path: '/scope', value: ['openid']]]                              || ErrorCode.INVALID_CLIENT_METADATA | 'scope'
        [[op: 'replace', path: '/metadata', value: []]]                                   || ErrorCode.INVALID_CLIENT_METADATA | 'metadata'
        [[op: 'add', path: '/box_subjects/-', value: [box_subject_type: 'user']]]         || ErrorCode.INVALID_CLIENT_METADATA | 'box_subjects'
        [[op: 'add', path: '/client_secret', value: 'short']]                             || ErrorCode.INVALID_CLIENT_METADATA | 'client_secret'
        [[op: 'replace', path: '/token_endpoint_auth_method', value: 'magic']]            || ErrorCode.INVALID_CLIENT_METADATA | 'token_endpoint_auth_method'
        [[op: 'add', path: '/grant_types/-', value: 'client_credentials'],
         [op: 'replace', path: '/token_endpoint_auth_method', value: 'none']]             || ErrorCode.INVALID_CLIENT_METADATA | 'client_credentials'
    }

    def "a patch document that is not an array (#kind) is invalid_request"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        patch('web', operations)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        stored('web') == before

        where:
        kind         | operations
        'an object'  | [op: 'replace', path: '/client_name', value: 'x']
        'a string'   | 'replace /client_name'
        'null'       | null
    }

    def "a malformed operation (#problem) is invalid_request"() {
        given:
        registerWebApp()

        when:
        patch('web', [op])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST

        where:
        problem              | op
        'not an object'      | 'replace'
        'no op'              | [path: '/client_name', value: 'x']
        'an unknown op'      | [op: 'merge', path: '/client_name', value: 'x']
        'no value'           | [op: 'replace', path: '/client_name']
        'no path'            | [op: 'remove']
        'a relative path'    | [op: 'remove', path: 'client_name']
        'no from for move'   | [op: 'move', path: '/owner']
    }

    def "an empty patch stores the client unchanged but for updated_at"() {
        given:
        def before = registerWebApp()
        clock.advance(Duration.ofSeconds(30))

        when:
        def document = patch('web', [])

        then:
        document.findAll { it.key != 'updated_at' } == before.findAll { !(it.key in ['updated_at', 'client_secret']) }
        document.updated_at == '2030-01-01T00:00:30Z'
    }

    def "patching a client that #situation is not_found"() {
        given:
        registerWebApp()

        when:
        patch(id, [[op: 'replace', path: '/client_name', value: 'x']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        situation              | id
        'does not exist'       | 'nobody'
        'no client could have' | 'a/b'
        'is empty'             | ''
    }

    def "a change by another request between read and write is a conflict and this patch is not stored"() {
        given:
        repository = new StaleOnceClientRepository()
        registerWebApp()

        when:
        patch('web', [[op: 'replace', path: '/client_name', value: 'Lost update']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        stored('web').metadata().clientName() == 'Web app'
    }
}

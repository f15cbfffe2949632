package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.application.port.ClientQuery
import dev.portcullis.domain.client.ActingSubject
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.HashedSecret
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.key.SigningAlgorithm

class HydraClientRegistrationSpec extends HydraClientSpecification {

    Map<String, Object> create(Map<String, Object> fields) {
        register(fields)
    }

    Optional<HashedSecret> storedHash(String clientId) {
        stored(clientId).secretHash()
    }

    def "the returned document carries every member under its RFC 7591 name"() {
        when:
        def document = create([
                client_id                 : 'web-app',
                client_name               : 'Web app',
                owner                     : 'team-a',
                redirect_uris             : [WEB_CALLBACK],
                post_logout_redirect_uris : ['https://app.example.com/bye'],
                grant_types               : ['authorization_code', 'refresh_token'],
                response_types            : ['code'],
                scope                     : 'openid profile',
                audience                  : ['https://api.example.com'],
                token_endpoint_auth_method: 'client_secret_post',
                access_token_strategy     : 'opaque',
                box_subjects              : [[box_subject_type: 'enterprise', box_subject_id: '12345'],
                                             [box_subject_type: 'user', box_subject_id: '678']],
                skip_consent              : true,
                enabled                   : false,
                client_uri                : 'https://app.example.com',
                logo_uri                  : 'https://app.example.com/logo.png',
                policy_uri                : 'https://app.example.com/policy',
                tos_uri                   : 'https://app.example.com/tos',
                contacts                  : ['ops@example.com'],
                metadata                  : [tier: 'gold', limits: [rps: 10]]])

        then:
        document.client_id == 'web-app'
        document.client_name == 'Web app'
        document.owner == 'team-a'
        document.redirect_uris == [WEB_CALLBACK]
        document.post_logout_redirect_uris == ['https://app.example.com/bye']
        document.grant_types == ['authorization_code', 'refresh_token']
        document.response_types == ['code']
        document.scope == 'openid profile'
        document.audience == ['https://api.example.com']
        document.token_endpoint_auth_method == 'client_secret_post'
        document.access_token_strategy == 'opaque'
        document.box_subjects == [[box_subject_type: 'enterprise', box_subject_id: '12345'],
                                  [box_subject_type: 'user', box_subject_id: '678']]
        document.skip_consent == true
        document.enabled == false
        document.client_uri == 'https://app.example.com'
        document.logo_uri == 'https://app.example.com/logo.png'
        document.policy_uri == 'https://app.example.com/policy'
        document.tos_uri == 'https://app.example.com/tos'
        document.contacts == ['ops@example.com']
        document.metadata == [tier: 'gold', limits: [rps: 10]]
        document.client_secret_expires_at == 0
        document.created_at == '2030-01-01T00:00:00Z'
        document.updated_at == '2030-01-01T00:00:00Z'
    }

    def "a minimal machine client gets the RFC 7591 defaults"() {
        when:
        def document = create([grant_types: ['client_credentials']])

        then:
        document.client_name == ''
        document.owner == ''
        document.redirect_uris == []
        document.grant_types == ['client_credentials']
        document.response_types == []
        document.scope == ''
        document.audience == []
        document.token_endpoint_auth_method == 'client_secret_basic'
        !document.containsKey('access_token_strategy')
        document.box_subjects == []
        document.skip_consent == false
        document.enabled == true
        document.contacts == []
        document.metadata == [:]
        !document.containsKey('last_used_at')
    }

    def "the scope is written as one space-separated string in the order given"() {
        when:
        def document = create([grant_types: ['client_credentials'], scope: 'write read admin'])

        then:
        document.scope == 'write read admin'
        repository.find(new ClientId(document.client_id as String)).get().metadata().scope().values() as List == ['write', 'read', 'admin']
    }

    def "a client that authenticates with a secret gets a generated 43-character secret, returned once and stored only as its hash"() {
        when:
        def document = create([client_id: 'machine', grant_types: ['client_credentials']])

        then:
        def secret = document.client_secret as String
        secret ==~ /[A-Za-z0-9_-]{43}/
        storedHash('machine') == Optional.of(new HashedSecret('fake-generated:' + secret))
    }

    def "each generated secret is different"() {
        when:
        def first = create([grant_types: ['client_credentials']])
        def second = create([grant_types: ['client_credentials']])

        then:
        first.client_secret != second.client_secret
    }

    def "a chosen client_secret is hashed as chosen and returned"() {
        when:
        def document = create([client_id: 'chosen', grant_types: ['client_credentials'], client_secret: 'correct horse battery'])

        then:
        document.client_secret == 'correct horse battery'
        storedHash('chosen') == Optional.of(new HashedSecret('fake-chosen:correct horse battery'))
    }

    def "a chosen client_secret that is too short is invalid_client_metadata"() {
        when:
        create([grant_types: ['client_credentials'], client_secret: 'short'])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')
        repository.list(new ClientQuery(Optional.empty(), Optional.empty(), Optional.empty(), 10)).totalCount() == 0
    }

    def "a client_secret for a client authenticating with #method is invalid_client_metadata"() {
        when:
        create(registration + [client_id: 'no-secret', client_secret: 'a chosen secret'])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')
        repository.find(new ClientId('no-secret')).isEmpty()

        where:
        method            | registration
        'none'            | [token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK]]
        'private_key_jwt' | [token_endpoint_auth_method: 'private_key_jwt', grant_types: ['client_credentials'], jwks_uri: 'https://app.example.com/jwks.json']
    }

    def "a client authenticating with #method has no secret, neither returned nor stored"() {
        when:
        def document = create(registration + [client_id: 'no-secret'])

        then:
        !document.containsKey('client_secret')
        storedHash('no-secret').isEmpty()

        where:
        method            | registration
        'none'            | [token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK]]
        'private_key_jwt' | [token_endpoint_auth_method: 'private_key_jwt', grant_types: ['client_credentials'], jwks: [keys: [[kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0']]]]
    }

    def "request_object_signing_alg is registered, stored and shown"() {
        when:
        def document = create([client_id: 'request-signer', grant_types: ['client_credentials'],
                               jwks_uri: 'https://app.example.com/jwks.json', request_object_signing_alg: 'PS256'])

        then:
        document.request_object_signing_alg == 'PS256'
        stored('request-signer').metadata().requestObjectSigningAlg().get().value() == 'PS256'
        !create([client_id: 'no-alg', grant_types: ['client_credentials']]).containsKey('request_object_signing_alg')
    }

    def "request_object_signing_alg #alg is invalid_client_metadata naming it"() {
        when:
        create([grant_types: ['client_credentials'], jwks_uri: 'https://app.example.com/jwks.json',
                request_object_signing_alg: alg])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('request_object_signing_alg')

        where:
        alg << ['HS256', 'RSA-OAEP']
    }

    def "userinfo_signed_response_alg is registered, stored and shown"() {
        when:
        def document = create([client_id: 'userinfo-signer', grant_types: ['client_credentials'], userinfo_signed_response_alg: 'RS256'])

        then:
        document.userinfo_signed_response_alg == 'RS256'
        stored('userinfo-signer').metadata().userinfoSignedResponseAlg() == Optional.of(SigningAlgorithm.RS256)
        !create([client_id: 'json-userinfo', grant_types: ['client_credentials']]).containsKey('userinfo_signed_response_alg')
    }

    def "userinfo_signed_response_alg #alg is invalid_client_metadata naming it"() {
        when:
        create([grant_types: ['client_credentials'], userinfo_signed_response_alg: alg])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('userinfo_signed_response_alg')

        where:
        alg << ['none', 'HS256', 'PS256']
    }

    def "without a client_id the client gets a random version 4 UUID"() {
        when:
        def document = create([grant_types: ['client_credentials']])

        then:
        def id = document.client_id as String
        id ==~ /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
        UUID.fromString(id).version() == 4
        UUID.fromString(id).variant() == 2
        repository.find(new ClientId(id)).isPresent()
    }

    def "an empty client_id counts as none given"() {
        when:
        def document = create([client_id: '', grant_types: ['client_credentials']])

        then:
        UUID.fromString(document.client_id as String).version() == 4
    }

    def "a given client_id is kept"() {
        when:
        def document = create([client_id: 'my-own-id', grant_types: ['client_credentials']])

        then:
        document.client_id == 'my-own-id'
        repository.find(new ClientId('my-own-id')).isPresent()
    }

    def "a malformed client_id is invalid_client_metadata naming client_id"() {
        when:
        create([client_id: 'a/b', grant_types: ['client_credentials']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_id')
    }

    def "a client_id that is already taken is a conflict and the first client stays"() {
        given:
        create([client_id: 'taken', client_name: 'first', grant_types: ['client_credentials']])

        when:
        create([client_id: 'taken', client_name: 'second', grant_types: ['client_credentials']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        repository.find(new ClientId('taken')).get().metadata().clientName() == 'first'
    }

    def "#member given as #value is invalid_client_metadata naming #member"() {
        when:
        create([grant_types: ['client_credentials']] + [(member): value])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains(member)

        where:
        member                                           | value
        'client_id'                                      | 5
        'client_secret'                                  | 12345678
        'client_name'                                    | 5
        'owner'                                          | ['team']
        'redirect_uris'                                  | 'x'
        'redirect_uris'                                  | [1]
        'post_logout_redirect_uris'                      | 'https://app.example.com/bye'
        'grant_types'                                    | 'x'
        'grant_types'                                    | ['not a grant']
        'response_types'                                 | 'code'
        'scope'                                          | ['a']
        'scope'                                          | 'a  b'
        'audience'                                       | 'a'
        'audience'                                       | ['has space']
        'skip_consent'                                   | 'yes'
        'enabled'                                        | 1
        'metadata'                                       | []
        'jwks'                                           | 'x'
        'jwks_uri'                                       | 5
        'client_uri'                                     | 'not a web uri'
        'contacts'                                       | [1]
        'contacts'                                       | 'ops@example.com'
        'token_endpoint_auth_method'                     | 'magic'
        'token_endpoint_auth_method'                     | 1
        'access_token_strategy'                          | 'x'
        'box_subjects'                                   | 'enterprise:12345'
        'box_subjects'                                   | [box_subject_type: 'enterprise', box_subject_id: '12345']
        'box_subjects'                                   | ['enterprise:12345']
        'box_subjects'                                   | [[box_subject_type: 'enterprise']]
        'box_subjects'                                   | [[box_subject_id: '12345']]
        'box_subjects'                                   | [[box_subject_type: 'Enterprise', box_subject_id: '12345']]
        'box_subjects'                                   | [[box_subject_type: 'enterprise', box_subject_id: '123 45']]
        'box_subjects'                                   | [[box_subject_type: 'enterprise', box_subject_id: '']]
        'box_subjects'                                   | [[box_subject_type: 1, box_subject_id: '12345']]
        'box_subjects'                                   | [[box_subject_type: 'enterprise', box_subject_id: 12345]]
        'client_credentials_grant_access_token_lifespan' | '5 minutes'
        'client_credentials_grant_access_token_lifespan' | '0s'
        'client_credentials_grant_access_token_lifespan' | '500ms'
        'client_credentials_grant_access_token_lifespan' | '-1h'
        'client_credentials_grant_access_token_lifespan' | 5
        'authorization_code_grant_refresh_token_lifespan'| '1d'
    }

    def "a redirect URI that #problem is invalid_redirect_uri naming the member"() {
        when:
        create([client_id: 'web', (member): [uri]] + (member == 'redirect_uris' ? [:] : [redirect_uris: [WEB_CALLBACK]]))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REDIRECT_URI
        e.error().description().contains(member)
        repository.find(new ClientId('web')).isEmpty()

        where:
        problem                              | member                      | uri
        'is empty'                           | 'redirect_uris'             | ''
        'is relative'                        | 'redirect_uris'             | '/callback'
        'is malformed'                       | 'redirect_uris'             | 'https://app example.com/cb'
        'has a fragment'                     | 'redirect_uris'             | 'https://app.example.com/cb#here'
        'carries user info'                  | 'redirect_uris'             | 'https://user@app.example.com/cb'
        'uses http off loopback'             | 'redirect_uris'             | 'http://app.example.com/cb'
        'uses a javascript scheme'           | 'redirect_uris'             | 'javascript:alert(1)'
        'uses a scheme that is no domain'    | 'redirect_uris'             | 'myapp:/callback'
        'is a bad post-logout URI'           | 'post_logout_redirect_uris' | 'http://app.example.com/bye'
    }

    def "an authorization_code client without redirect URIs is invalid_redirect_uri"() {
        when:
        create([grant_types: ['authorization_code']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REDIRECT_URI
        e.error().description().contains('redirect_uris')
    }

    def "redirect URIs on loopback, https and private-use schemes are accepted"() {
        when:
        def document = create([token_endpoint_auth_method: 'none',
                               redirect_uris             : ['http://127.0.0.1:8080/cb', 'http://localhost/cb', 'https://app.example.com/cb', 'com.example.app:/callback']])

        then:
        document.redirect_uris == ['http://127.0.0.1:8080/cb', 'http://localhost/cb', 'https://app.example.com/cb', 'com.example.app:/callback']
    }

    def "a lifespan written as #written reads and writes back as #rendered"() {
        when:
        def document = create([grant_types: ['client_credentials'], (member): written])

        then:
        document[member] == rendered

        where:
        member                                             | written   || rendered
        'client_credentials_grant_access_token_lifespan'   | '1h30m'   || '1h30m0s'
        'client_credentials_grant_access_token_lifespan'   | '1h30m0s' || '1h30m0s'
        'client_credentials_grant_access_token_lifespan'   | '45s'     || '45s'
        'client_credentials_grant_access_token_lifespan'   | '90s'     || '1m30s'
        'client_credentials_grant_access_token_lifespan'   | '2000ms'  || '2s'
        'client_credentials_grant_access_token_lifespan'   | '48h'     || '48h0m0s'
        'authorization_code_grant_refresh_token_lifespan'  | '720h'    || '720h0m0s'
        'token_exchange_grant_id_token_lifespan'           | '5m'      || '5m0s'
    }

    def "lifespans that are not set are not written"() {
        when:
        def document = create([grant_types: ['client_credentials']])

        then:
        document.keySet().findAll { it.endsWith('_lifespan') }.isEmpty()
    }

    def "members this server does not know are ignored"() {
        when:
        def document = create([client_id: 'known', grant_types: ['client_credentials'], software_statement: 'eyJ...', frobnicate: [1, 2]])

        then:
        document.client_id == 'known'
        !document.containsKey('software_statement')
        !document.containsKey('frobnicate')
    }

    def "a member given as JSON null counts as absent"() {
        when:
        def document = create([client_id                 : null, client_secret: null, client_name: null, owner: null,
                               grant_types               : ['client_credentials'], response_types: null, redirect_uris: null,
                               scope                     : null, audience: null, box_subjects: null, skip_consent: null, enabled: null,
                               token_endpoint_auth_method: null, access_token_strategy: null, jwks: null, jwks_uri: null,
                               contacts                  : null, metadata: null, client_uri: null,
                               client_credentials_grant_access_token_lifespan: null])

        then:
        UUID.fromString(document.client_id as String).version() == 4
        (document.client_secret as String).length() == 43
        document.client_name == ''
        document.redirect_uris == []
        document.token_endpoint_auth_method == 'client_secret_basic'
        document.enabled == true
        document.box_subjects == []
        document.metadata == [:]
        !document.containsKey('client_credentials_grant_access_token_lifespan')
    }

    def "box_subjects are stored as the client's acting subjects, a repeated one once, in the order given"() {
        when:
        create([client_id   : 'box-app', grant_types: ['client_credentials'],
                box_subjects: [[box_subject_type: 'user', box_subject_id: '678'],
                               [box_subject_type: 'enterprise', box_subject_id: '12345'],
                               [box_subject_type: 'user', box_subject_id: '678']]])

        then:
        stored('box-app').metadata().actingSubjects() as List == [new ActingSubject('user', '678'), new ActingSubject('enterprise', '12345')]
        stored('box-app').mayActFor(new ActingSubject('enterprise', '12345'))
        !stored('box-app').mayActFor(new ActingSubject('enterprise', '678'))
        read('box-app').box_subjects == [[box_subject_type: 'user', box_subject_id: '678'],
                                         [box_subject_type: 'enterprise', box_subject_id: '12345']]
    }

    def "metadata that breaks the rules between members is invalid_client_metadata naming them"() {
        when:
        create(registration)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains(named)

        where:
        registration                                                                                      || named
        [token_endpoint_auth_method: 'none', grant_types: ['client_credentials']]                        || 'client_credentials'
        [token_endpoint_auth_method: 'private_key_jwt', grant_types: ['client_credentials']]             || 'jwks'
        [grant_types: ['client_credentials'], jwks_uri: 'https://app.example.com/jwks.json',
         jwks: [keys: []]]                                                                                || 'jwks_uri'
        [grant_types: ['client_credentials'], request_object_signing_alg: 'RS256']                       || 'request_object_signing_alg'
        [grant_types: ['client_credentials'], response_types: ['code']]                                  || 'response_types'
        [token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK],
         box_subjects: [[box_subject_type: 'user', box_subject_id: '678']]]                              || 'box_subjects'
    }
}

package dev.portcullis.application.authorization

import dev.portcullis.domain.authorization.AuthorizationRequest
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.client.RedirectUri
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.PkceChallenge
import dev.portcullis.domain.grant.Prompt
import dev.portcullis.domain.grant.ResponseMode
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.key.KeySetName

/**
 * The authorization request's parameter rules (RFC 6749 §4.1.1, RFC 7636, OIDC Core §3.1.2.1), read in two steps:
 * first the client and redirect URI, whose errors must not be redirected ({@code target}), then the rest, whose
 * errors go back to the validated redirect URI ({@code read}).
 */
class RequestReaderSpec extends AuthorizationFlowSpecification {

    static final String OTHER_CALLBACK = 'https://app.example.com/other'

    def setup() {
        register(webApp().redirectUris([uri(CALLBACK), uri(OTHER_CALLBACK)]), 'two-uris')
        register(webApp().enabled(false), 'disabled')
        register(Clients.confidential(), 'machine')
        register(Clients.confidential().redirectUris([uri(CALLBACK)]), 'machine-with-uri')
        register(webApp().tokenEndpointAuthMethod(AuthMethod.NONE)
                .redirectUris([uri('http://127.0.0.1:8080/cb'), uri('com.example.app:/callback')]), 'native')
        register(webApp().audience(Audience.of([API, 'urn:billing', 'urn:ledger'])), 'wide')
    }

    RequestReader getReader() {
        new RequestReader(clients, hints, authorizationSettings)
    }

    BrowserRequest request(Map<String, String> changes = [:], Collection<String> repeated = []) {
        browser(authorizationRequest(changes), [:], repeated as Set)
    }

    RequestReader.Target target(Map<String, String> changes = [:], Collection<String> repeated = []) {
        reader.target(request(changes, repeated))
    }

    AuthorizationRequest read(Map<String, String> changes = [:], Collection<String> repeated = []) {
        def browserRequest = request(changes, repeated)
        reader.read(browserRequest, reader.target(browserRequest))
    }

    /** An ID token of this server for ada, expired long ago, as an id_token_hint may be. */
    String idToken(Map<String, Object> claims = [:], KeySetName set = KeySetName.ID_TOKEN) {
        codec.sign(keyRing.signingKey(set).orElseThrow(), 'JWT',
                new JsonDocument([iss: 'https://auth.example.com', sub: 'ada', aud: [CLIENT_ID], exp: 1] + claims))
    }

    static RedirectUri uri(String value) {
        RedirectUri.parse(value, 'redirect_uris')
    }

    // ---- the target: client and redirect URI ----

    def "without redirect_uri the client's only registered redirect URI is the target"() {
        when:
        def target = target(redirect_uri: null, scope: 'offline_access')

        then:
        target.client() == client
        target.redirectUri() == CALLBACK
        !target.redirectUriPresented()
        target.mode() == ResponseMode.QUERY
    }

    def "a registered redirect_uri is the target, as presented"() {
        when:
        def target = target(client_id: 'two-uris', redirect_uri: OTHER_CALLBACK)

        then:
        target.client().id() == new ClientId('two-uris')
        target.redirectUri() == OTHER_CALLBACK
        target.redirectUriPresented()
    }

    def "a loopback redirect URI is admitted on any port (RFC 8252 §7.3), and the presented one is the target"() {
        expect:
        target(client_id: 'native', redirect_uri: 'http://127.0.0.1:51234/cb').redirectUri() == 'http://127.0.0.1:51234/cb'
    }

    def "#problem is #code at the target, naming #named"() {
        when:
        target(changes, repeated)

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        e.error().description().contains(named)

        where:
        problem                                   | changes                                       | repeated         || code                      | named
        'a missing client_id'                     | [client_id: null]                             | []               || ErrorCode.INVALID_REQUEST | 'client_id'
        'an empty client_id'                      | [client_id: '']                               | []               || ErrorCode.INVALID_REQUEST | 'client_id'
        'a malformed client_id'                   | [client_id: 'a/b']                            | []               || ErrorCode.INVALID_CLIENT  | 'client_id'
        'an unknown client'                       | [client_id: 'nobody']                         | []               || ErrorCode.INVALID_CLIENT  | 'client_id'
        'a disabled client'                       | [client_id: 'disabled']                       | []               || ErrorCode.INVALID_CLIENT  | 'client_id'
        'an unregistered redirect_uri'            | [redirect_uri: 'https://evil.example.com/cb'] | []               || ErrorCode.INVALID_REQUEST | 'redirect_uri'
        'a redirect_uri with an extra query'      | [redirect_uri: CALLBACK + '?x=1']             | []               || ErrorCode.INVALID_REQUEST | 'redirect_uri'
        'localhost for a loopback IP'             | [client_id: 'native', redirect_uri: 'http://localhost:8080/cb'] | [] || ErrorCode.INVALID_REQUEST | 'redirect_uri'
        'no redirect_uri with several registered' | [client_id: 'two-uris', redirect_uri: null]   | []               || ErrorCode.INVALID_REQUEST | 'redirect_uri'
        'a client without redirect URIs'          | [client_id: 'machine', redirect_uri: null]    | []               || ErrorCode.INVALID_REQUEST | 'redirect URI'
        'a repeated client_id'                    | [:]                                           | ['client_id']    || ErrorCode.INVALID_REQUEST | 'client_id'
        'a repeated redirect_uri'                 | [:]                                           | ['redirect_uri'] || ErrorCode.INVALID_REQUEST | 'redirect_uri'
    }

    def "response_mode #raw is the target's mode #mode"() {
        expect:
        target(response_mode: raw).mode() == mode

        where:
        raw         || mode
        null        || ResponseMode.QUERY
        'query'     || ResponseMode.QUERY
        'fragment'  || ResponseMode.FRAGMENT
        'form_post' || ResponseMode.FORM_POST
        'bogus'     || ResponseMode.QUERY
    }

    // ---- the rest of the request ----

    def "a request with every parameter is read as it was sent"() {
        given:
        def hint = idToken()

        when:
        def parsed = read(client_id: 'wide', scope: 'openid profile', audience: "urn:ledger $API", response_mode: 'form_post',
                prompt: 'login consent', max_age: '3600', login_hint: 'ada@example.com', id_token_hint: hint,
                ui_locales: 'fr-CA en', acr_values: 'urn:mace:incommon:iap:silver loa-1', display: 'popup')

        then:
        parsed.clientId() == new ClientId('wide')
        parsed.redirectUri() == CALLBACK
        parsed.redirectUriPresented()
        parsed.responseMode() == ResponseMode.FORM_POST
        parsed.scope().values() as List == ['openid', 'profile']
        parsed.audience().values() as List == ['urn:ledger', API]
        parsed.state() == Optional.of(STATE)
        parsed.nonce() == Optional.of(NONCE)
        parsed.pkce() == Optional.of(new PkceChallenge(PkceChallenge.s256(VERIFIER), PkceChallenge.Method.S256))
        parsed.prompt() == Prompt.parse('login consent')
        parsed.maxAge() == Optional.of(3600L)
        parsed.loginHint() == Optional.of('ada@example.com')
        parsed.idTokenHint() == Optional.of(hint)
        parsed.uiLocales() == ['fr-CA', 'en']
        parsed.acrValues() == ['urn:mace:incommon:iap:silver', 'loa-1']
        parsed.display() == Optional.of('popup')
        parsed.requestUrl() == AUTHORIZATION_ENDPOINT + '?client_id=wide'
    }

    def "a request with nothing optional is read with nothing optional, empty parameters counting as omitted"() {
        given:
        pkceRequired = false

        when:
        def parsed = read(redirect_uri: null, scope: null, code_challenge: null, code_challenge_method: null, state: '',
                nonce: null, response_mode: '', prompt: '', login_hint: '', ui_locales: '')

        then:
        parsed.scope() == Scopes.NONE
        parsed.audience() == Audience.NONE
        !parsed.redirectUriPresented()
        parsed.responseMode() == ResponseMode.QUERY
        parsed.state().isEmpty()
        parsed.nonce().isEmpty()
        parsed.pkce().isEmpty()
        parsed.prompt() == Prompt.UNSPECIFIED
        parsed.maxAge().isEmpty()
        parsed.loginHint().isEmpty()
        parsed.idTokenHint().isEmpty()
        parsed.uiLocales().isEmpty()
        parsed.acrValues().isEmpty()
        parsed.display().isEmpty()
    }

    def "response_type #raw is #code"() {
        when:
        read(response_type: raw)

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        e.error().description().contains('response_type')

        where:
        raw             || code
        null            || ErrorCode.INVALID_REQUEST
        ''              || ErrorCode.INVALID_REQUEST
        'code code'     || ErrorCode.INVALID_REQUEST
        'code '         || ErrorCode.INVALID_REQUEST
        'token'         || ErrorCode.UNSUPPORTED_RESPONSE_TYPE
        'id_token'      || ErrorCode.UNAUTHORIZED_CLIENT
        'id_token token' || ErrorCode.UNAUTHORIZED_CLIENT
        'token id_token' || ErrorCode.UNAUTHORIZED_CLIENT
        'code id_token' || ErrorCode.UNSUPPORTED_RESPONSE_TYPE
        'code token'    || ErrorCode.UNSUPPORTED_RESPONSE_TYPE
    }

    // ---- the implicit flow (OIDC Core §3.2) ----

    /** A client registered for the implicit flow's two response types, and for code. */
    void registerImplicit(String id = 'spa') {
        register(webApp().grantTypes([GrantType.AUTHORIZATION_CODE, GrantType.IMPLICIT] as Set)
                .responseTypes([ResponseType.CODE, ResponseType.ID_TOKEN, ResponseType.ID_TOKEN_TOKEN] as Set), id)
    }

    def "response_type #raw of a client registered for it is read, with the fragment as its default mode"() {
        given:
        registerImplicit()

        when:
        def browserRequest = request(client_id: 'spa', response_type: raw, code_challenge: null,
                code_challenge_method: null)
        def target = reader.target(browserRequest)
        def parsed = reader.read(browserRequest, target)

        then:
        target.mode() == ResponseMode.FRAGMENT
        parsed.responseMode() == ResponseMode.FRAGMENT
        parsed.responseType() == type
        parsed.isImplicit()
        parsed.nonce() == Optional.of(NONCE)
        parsed.pkce().isEmpty()

        where:
        raw              || type
        'id_token'       || ResponseType.ID_TOKEN
        'id_token token' || ResponseType.ID_TOKEN_TOKEN
        'token id_token' || ResponseType.ID_TOKEN_TOKEN
    }

    def "response_type=code keeps the query as its default mode, and is no implicit request"() {
        given:
        registerImplicit()

        when:
        def parsed = read(client_id: 'spa')

        then:
        parsed.responseMode() == ResponseMode.QUERY
        parsed.responseType() == ResponseType.CODE
        !parsed.isImplicit()
    }

    def "response_mode=form_post is honoured for response_type #raw"() {
        given:
        registerImplicit()

        expect:
        read(client_id: 'spa', response_type: raw, response_mode: 'form_post').responseMode() == ResponseMode.FORM_POST

        where:
        raw << ['id_token', 'id_token token']
    }

    def "response_mode=query is refused for response_type #raw, and the refusal goes to the fragment"() {
        given:
        registerImplicit()
        def browserRequest = request(client_id: 'spa', response_type: raw, response_mode: 'query')

        when:
        def target = reader.target(browserRequest)
        reader.read(browserRequest, target)

        then:
        target.mode() == ResponseMode.FRAGMENT
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('response_mode')

        where:
        raw << ['id_token', 'id_token token']
    }

    def "response_type #raw without nonce is invalid_request naming nonce"() {
        given:
        registerImplicit()

        when:
        read(client_id: 'spa', response_type: raw, nonce: null)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('nonce')

        where:
        raw << ['id_token', 'id_token token']
    }

    def "response_type id_token without the openid scope is invalid_request"() {
        given:
        registerImplicit()

        when:
        read(client_id: 'spa', response_type: 'id_token', scope: 'offline_access')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('openid')
    }

    def "a client registered for #registered only is unauthorized_client for response_type #raw"() {
        given:
        register(webApp().grantTypes(grants as Set).responseTypes(types as Set), 'partial')

        when:
        read(client_id: 'partial', response_type: raw)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNAUTHORIZED_CLIENT

        where:
        registered             | grants                                           | types                                            | raw
        'id_token'             | [GrantType.IMPLICIT]                             | [ResponseType.ID_TOKEN]                          | 'id_token token'
        'id_token token'       | [GrantType.IMPLICIT]                             | [ResponseType.ID_TOKEN_TOKEN]                    | 'id_token'
        'code'                 | [GrantType.AUTHORIZATION_CODE]                   | [ResponseType.CODE]                              | 'id_token'
    }

    def "a client registered for the implicit flow only is unauthorized_client for response_type=code"() {
        given:
        register(webApp().grantTypes([GrantType.IMPLICIT] as Set).responseTypes([ResponseType.ID_TOKEN] as Set), 'implicit-only')

        when:
        read(client_id: 'implicit-only')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNAUTHORIZED_CLIENT
    }

    def "a client not registered for the code flow is unauthorized_client"() {
        when:
        read(client_id: 'machine-with-uri', scope: 'read')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNAUTHORIZED_CLIENT
    }

    def "a scope the client is not registered for (#requested) is invalid_scope naming scope"() {
        when:
        read(scope: requested)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        e.error().description().contains('scope')

        where:
        requested << ['openid admin', 'read', 'OPENID', 'openid offline_access profile email phone']
    }

    def "a malformed scope (#problem) is invalid_scope naming scope"() {
        when:
        read(scope: requested)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        e.error().description().contains('scope')

        where:
        problem            | requested
        'two spaces'       | 'openid  profile'
        'a leading space'  | ' openid'
        'a double quote'   | 'openid"'
        'a tab'            | 'openid\tprofile'
    }

    def "an OpenID Connect request without redirect_uri is invalid_request naming redirect_uri"() {
        when:
        read(redirect_uri: null, scope: 'openid')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('redirect_uri')
    }

    def "a request that is not OpenID Connect may leave redirect_uri out"() {
        expect:
        read(redirect_uri: null, scope: 'offline_access profile').redirectUri() == CALLBACK
    }

    def "audiences the client is registered for are read in the order asked"() {
        expect:
        read(client_id: 'wide', audience: requested).audience().values() as List == expected

        where:
        requested                        || expected
        null                             || []
        API                              || [API]
        "urn:billing $API"               || ['urn:billing', API]
        "urn:ledger  urn:ledger $API"    || ['urn:ledger', API]
    }

    def "an audience that is #problem is invalid_request naming audience"() {
        when:
        read(client_id: 'wide', audience: requested)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('audience')

        where:
        problem                                  | requested
        'not registered for the client'          | 'https://other.example.com'
        'one registered and one not'             | "$API https://other.example.com"
        'a registered one with a trailing slash' | API + '/'
        'separated by a tab'                     | "$API\turn:billing"
    }

    def "PKCE: #situation gives #outcome"() {
        given:
        pkceRequired = required
        plainPkceAllowed = plainAllowed

        when:
        def parsed = read([client_id: clientId] + parameters)

        then:
        parsed.pkce() == expected

        where:
        situation                                         | clientId  | required | plainAllowed | parameters                                                             || expected                                                                                   | outcome
        'S256'                                            | CLIENT_ID | true     | false        | [:]                                                                    || Optional.of(new PkceChallenge(PkceChallenge.s256(VERIFIER), PkceChallenge.Method.S256)) | 'an S256 challenge'
        'plain where allowed'                             | CLIENT_ID | true     | true         | [code_challenge: VERIFIER, code_challenge_method: 'plain']             || Optional.of(new PkceChallenge(VERIFIER, PkceChallenge.Method.PLAIN))                      | 'a plain challenge'
        'no method where plain is allowed'                | CLIENT_ID | true     | true         | [code_challenge: VERIFIER, code_challenge_method: null]                || Optional.of(new PkceChallenge(VERIFIER, PkceChallenge.Method.PLAIN))                      | 'a plain challenge (RFC 7636 §4.3)'
        'none for a confidential client, not required'    | CLIENT_ID | false    | false        | [code_challenge: null, code_challenge_method: null]                    || Optional.empty()                                                                           | 'no challenge'
        'S256 for a public client'                        | 'native'  | false    | false        | [redirect_uri: 'com.example.app:/callback']                            || Optional.of(new PkceChallenge(PkceChallenge.s256(VERIFIER), PkceChallenge.Method.S256)) | 'an S256 challenge'
    }

    def "PKCE: #situation is invalid_request naming #named"() {
        given:
        pkceRequired = required

        when:
        read([client_id: clientId] + parameters)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains(named)

        where:
        situation                                      | clientId  | required | parameters                                                                     || named
        'no challenge from a public client'            | 'native'  | false    | [redirect_uri: 'com.example.app:/callback', code_challenge: null, code_challenge_method: null] || 'code_challenge'
        'no challenge where the server requires it'    | CLIENT_ID | true     | [code_challenge: null, code_challenge_method: null]                            || 'code_challenge'
        'a method without a challenge'                 | CLIENT_ID | false    | [code_challenge: null]                                                         || 'code_challenge_method'
        'plain where it is not allowed'                | CLIENT_ID | true     | [code_challenge: VERIFIER, code_challenge_method: 'plain']                     || 'code_challenge_method'
        'no method where plain is not allowed'         | CLIENT_ID | true     | [code_challenge: VERIFIER, code_challenge_method: null]                        || 'code_challenge_method'
        'the method in the wrong case'                 | CLIENT_ID | true     | [code_challenge_method: 's256']                                                || 'code_challenge_method'
        'an unknown method'                            | CLIENT_ID | true     | [code_challenge_method: 'S512']                                                || 'code_challenge_method'
        'a challenge that is too short'                | CLIENT_ID | true     | [code_challenge: 'x' * 42]                                                     || 'code_challenge'
        'a challenge that is too long'                 | CLIENT_ID | true     | [code_challenge: 'x' * 129]                                                    || 'code_challenge'
        'a challenge with a character RFC 7636 forbids' | CLIENT_ID | true    | [code_challenge: '+' * 43]                                                     || 'code_challenge'
    }

    AuthorizationRequest readIn(AuthorizationDialect dialect, Map<String, String> changes) {
        def browserRequest = request(changes)
        reader.read(browserRequest, reader.target(browserRequest), dialect)
    }

    def "with plain PKCE allowed, #situation is read by #dialect's rules"() {
        given:
        plainPkceAllowed = true

        when:
        def parsed = readIn(dialect, [client_id: 'wide'] + parameters)

        then:
        parsed.pkce().map { it.method() } == Optional.of(method)
        parsed.audience().values() as List == audience

        where:
        dialect                       | situation                       | parameters                                                 || method                      | audience
        AuthorizationDialect.STANDARD | 'plain PKCE'                    | [code_challenge: VERIFIER, code_challenge_method: 'plain'] || PkceChallenge.Method.PLAIN  | []
        AuthorizationDialect.STANDARD | 'a challenge without a method'  | [code_challenge: VERIFIER, code_challenge_method: null]    || PkceChallenge.Method.PLAIN  | []
        AuthorizationDialect.AUTH0    | 'S256 PKCE'                     | [:]                                                        || PkceChallenge.Method.S256   | []
        AuthorizationDialect.AUTH0    | 'a registered audience'         | [audience: "urn:billing $API"]                             || PkceChallenge.Method.S256   | ['urn:billing', API]
    }

    def "with plain PKCE allowed, #situation is #code by #dialect's rules"() {
        given:
        plainPkceAllowed = true

        when:
        readIn(dialect, [client_id: 'wide'] + parameters)

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        e.error().description().contains(named)

        where:
        dialect                       | situation                                          | parameters                                                 || code                      | named
        AuthorizationDialect.AUTH0    | 'plain PKCE'                                       | [code_challenge: VERIFIER, code_challenge_method: 'plain'] || ErrorCode.INVALID_REQUEST | 'code_challenge_method'
        AuthorizationDialect.AUTH0    | 'a challenge without a method (plain, RFC 7636 §4.3)' | [code_challenge: VERIFIER, code_challenge_method: null] || ErrorCode.INVALID_REQUEST | 'code_challenge_method'
        AuthorizationDialect.STANDARD | 'an audience the client is not registered for'     | [audience: "$API https://other.example.com"]               || ErrorCode.INVALID_REQUEST | 'audience'
        AuthorizationDialect.AUTH0    | 'an audience the client is not registered for'     | [audience: "$API https://other.example.com"]               || ErrorCode.ACCESS_DENIED   | 'audience'
    }

    def "max_age #raw is read as #seconds seconds"() {
        expect:
        read(max_age: raw).maxAge() == Optional.of(seconds)

        where:
        raw    || seconds
        '0'    || 0L
        '3600' || 3600L
    }

    def "max_age #raw is invalid_request naming max_age"() {
        when:
        read(max_age: raw)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('max_age')

        where:
        raw << ['-1', '+5', '1.5', 'abc', '99999999999999999999', ' 5', '1e3']
    }

    def "prompt #raw is read with #values"() {
        expect:
        Prompt.Value.values().findAll { read(prompt: raw).prompt().has(it) } == values

        where:
        raw                    || values
        'none'                 || [Prompt.Value.NONE]
        'login'                || [Prompt.Value.LOGIN]
        'consent login'        || [Prompt.Value.LOGIN, Prompt.Value.CONSENT]
        'select_account'       || [Prompt.Value.SELECT_ACCOUNT]
    }

    def "prompt #raw is invalid_request naming prompt"() {
        when:
        read(prompt: raw)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('prompt')

        where:
        raw << ['none login', 'bogus', 'login login', 'login  consent', 'LOGIN']
    }

    def "a repeated #parameter is invalid_request, past the target"() {
        given:
        def browserRequest = request([:], [parameter])
        def target = reader.target(browserRequest)

        when:
        reader.read(browserRequest, target)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST

        where:
        parameter << ['response_type', 'scope', 'state', 'code_challenge', 'nonce', 'prompt']
    }

    def "the #parameter parameter is #code"() {
        when:
        read((parameter): value)

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        e.error().description().contains(parameter)

        where:
        parameter      | value                                  || code
        'registration' | '{"client_name":"x"}'                  || RequestReader.REGISTRATION_NOT_SUPPORTED
    }

    def "a response_mode this server does not know is invalid_request naming response_mode"() {
        when:
        read(response_mode: 'web_message')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('response_mode')
    }

    def "an id_token_hint that is #kind is invalid_request naming id_token_hint"() {
        when:
        read(id_token_hint: hint(this))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('id_token_hint')

        where:
        kind                                  | hint
        'not a token'                         | { RequestReaderSpec spec -> 'not a token' }
        'signed with the access-token key'    | { RequestReaderSpec spec -> spec.idToken([:], KeySetName.ACCESS_TOKEN) }
        'of another issuer'                   | { RequestReaderSpec spec -> spec.idToken(iss: 'https://evil.example.com') }
        'without a subject'                   | { RequestReaderSpec spec -> spec.idToken(sub: null) }
    }

    def "ui_locales and acr_values are space-separated lists, each value once"() {
        when:
        def parsed = read(ui_locales: 'fr-CA  en fr-CA', acr_values: 'loa-2 loa-1 loa-2')

        then:
        parsed.uiLocales() == ['fr-CA', 'en']
        parsed.acrValues() == ['loa-2', 'loa-1']
    }
}

package dev.portcullis.domain.client

import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.key.SigningAlgorithm
import spock.lang.Specification

import static dev.portcullis.domain.grant.GrantType.AUTHORIZATION_CODE
import static dev.portcullis.domain.grant.GrantType.CLIENT_CREDENTIALS
import static dev.portcullis.domain.grant.GrantType.IMPLICIT
import static dev.portcullis.domain.grant.GrantType.REFRESH_TOKEN

class ClientMetadataSpec extends Specification {

    static final JsonDocument JWKS = new JsonDocument([keys: [[kty: 'RSA', kid: 'k1', n: 'AQAB', e: 'AQAB']]])
    static final URI JWKS_URI = URI.create('https://app.example.com/jwks.json')

    static RedirectUri redirect(String raw) {
        new RedirectUri(URI.create(raw))
    }

    static ResponseType response(String raw) {
        ResponseType.parse(raw).get()
    }

    static Set<ResponseType> responses(String... raw) {
        raw.collect { response(it) } as LinkedHashSet
    }

    static ClientMetadata.Builder privateKeyJwt() {
        Clients.confidential().tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT).jwks(Optional.of(JWKS))
    }

    // Builder defaults (RFC 7591 §2)

    def "a registration naming neither grant_types nor response_types uses authorization_code and code"() {
        when:
        def metadata = ClientMetadata.builder().redirectUris([redirect('https://app.example.com/cb')]).build()

        then:
        metadata.grantTypes() == [AUTHORIZATION_CODE] as Set
        metadata.responseTypes() == [ResponseType.CODE] as Set
    }

    def "an empty registration is refused for lack of redirect_uris, because it defaults to the authorization code grant"() {
        when:
        ClientMetadata.builder().build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REDIRECT_URI
        e.error().description().contains('redirect_uris')
    }

    def "a registration giving only grant_types #grants gets response_types #expected"() {
        when:
        def metadata = ClientMetadata.builder()
                .redirectUris([redirect('https://app.example.com/cb')])
                .grantTypes(grants as LinkedHashSet)
                .build()

        then:
        metadata.responseTypes()*.value() as Set == expected as Set

        where:
        grants                              | expected
        [CLIENT_CREDENTIALS]                | []
        [AUTHORIZATION_CODE]                | ['code']
        [AUTHORIZATION_CODE, REFRESH_TOKEN] | ['code']
        [CLIENT_CREDENTIALS, REFRESH_TOKEN] | []
    }

    def "a registration giving only response_types #given gets grant_types #expected"() {
        when:
        def metadata = ClientMetadata.builder()
                .redirectUris([redirect('https://app.example.com/cb')])
                .responseTypes(responses(*given))
                .build()

        then:
        metadata.grantTypes() == expected as Set

        where:
        given                   | expected
        ['code']                | [AUTHORIZATION_CODE]
        ['token']               | [IMPLICIT]
        ['id_token']            | [IMPLICIT]
        ['code id_token']       | [AUTHORIZATION_CODE, IMPLICIT]
        ['code', 'id_token']    | [AUTHORIZATION_CODE, IMPLICIT]
    }

    def "a machine-to-machine registration needs nothing but grant_types client_credentials"() {
        when:
        def metadata = ClientMetadata.builder().grantTypes([CLIENT_CREDENTIALS] as Set).build()

        then:
        metadata.grantTypes() == [CLIENT_CREDENTIALS] as Set
        metadata.responseTypes().isEmpty()
        metadata.redirectUris().isEmpty()
    }

    def "the other fields default to a confidential, enabled client with consent and server-wide settings"() {
        when:
        def metadata = ClientMetadata.builder().grantTypes([CLIENT_CREDENTIALS] as Set).build()

        then:
        metadata.tokenEndpointAuthMethod() == AuthMethod.CLIENT_SECRET_BASIC
        metadata.enabled()
        !metadata.skipConsent()
        metadata.clientName() == ''
        metadata.owner() == ''
        metadata.scope() == Scopes.NONE
        metadata.audience().isEmpty()
        metadata.postLogoutRedirectUris().isEmpty()
        metadata.contacts().isEmpty()
        metadata.accessTokenStrategy().isEmpty()
        metadata.actingSubjects().isEmpty()
        metadata.uris() == ClientMetadata.ClientUris.NONE
        metadata.jwksUri().isEmpty()
        metadata.jwks().isEmpty()
        metadata.lifespans() == TokenLifespans.DEFAULTS
        metadata.metadata() == JsonDocument.EMPTY
    }

    def "toBuilder reproduces the metadata it came from"() {
        given:
        def metadata = Clients.webApp()
                .owner('team-a')
                .audience(Audience.of(['https://api.example.com']))
                .contacts(['ops@example.com'])
                .accessTokenStrategy(Optional.of(AccessTokenStrategy.OPAQUE))
                .actingSubjects([new ActingSubject('enterprise', '12345')] as Set)
                .skipConsent(true)
                .metadata(new JsonDocument([tier: 'gold']))
                .build()

        expect:
        metadata.toBuilder().build() == metadata
        metadata.toBuilder().clientName('Renamed').build().actingSubjects() == metadata.actingSubjects()
    }

    def "toBuilder changes only the fields that are set again"() {
        given:
        def metadata = Clients.webApp().build()

        when:
        def renamed = metadata.toBuilder().clientName('Renamed').build()

        then:
        renamed.clientName() == 'Renamed'
        renamed.toBuilder().clientName(metadata.clientName()).build() == metadata
    }

    // The fixtures themselves

    def "the #name fixture builds valid metadata"() {
        expect:
        builder.build().tokenEndpointAuthMethod() == method

        where:
        name            | builder                  | method
        'confidential'  | Clients.confidential()   | AuthMethod.CLIENT_SECRET_BASIC
        'web app'       | Clients.webApp()         | AuthMethod.CLIENT_SECRET_BASIC
        'public native' | Clients.publicNative()   | AuthMethod.NONE
    }

    // Field rules

    def "metadata is refused with invalid_client_metadata naming #field when #problem"() {
        when:
        Clients.webApp().tap(change).build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains(field)

        where:
        problem                               | field         | change
        'client_name has 256 characters'      | 'client_name' | { it.clientName('x' * 256) }
        'owner has 256 characters'            | 'owner'       | { it.owner('x' * 256) }
        'contacts holds an empty value'       | 'contacts'    | { it.contacts(['']) }
        'contacts holds a blank value'        | 'contacts'    | { it.contacts(['ops@example.com', '  ']) }
    }

    def "client_name and owner may have 255 characters"() {
        when:
        def metadata = Clients.webApp().clientName('n' * 255).owner('o' * 255).build()

        then:
        metadata.clientName().length() == 255
        metadata.owner().length() == 255
    }

    def "jwks_uri is refused with invalid_client_metadata when it is #problem"() {
        when:
        Clients.confidential()
                .tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwksUri(Optional.of(URI.create(raw)))
                .build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('jwks_uri')

        where:
        problem                 | raw
        'relative'              | 'jwks.json'
        'a file: URI'           | 'file:///etc/jwks.json'
        'an ftp: URI'           | 'ftp://keys.example.com/jwks.json'
        'an https URI without a host' | 'https:///jwks.json'
    }

    def "#field is refused with invalid_client_metadata when it is not an absolute http(s) URI"() {
        given:
        def uris = [clientUri: Optional.empty(), logoUri: Optional.empty(), policyUri: Optional.empty(), tosUri: Optional.empty()]
        uris[component] = Optional.of(URI.create(raw))

        when:
        new ClientMetadata.ClientUris(uris.clientUri, uris.logoUri, uris.policyUri, uris.tosUri)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains(field)

        where:
        field        | component   | raw
        'client_uri' | 'clientUri' | '/about'
        'logo_uri'   | 'logoUri'   | 'data:image/png;base64,AAAA'
        'policy_uri' | 'policyUri' | 'javascript:alert(1)'
        'tos_uri'    | 'tosUri'    | 'ftp://example.com/tos'
    }

    def "informational URIs may use http or https"() {
        when:
        def uris = new ClientMetadata.ClientUris(
                Optional.of(URI.create('https://app.example.com')),
                Optional.of(URI.create('http://cdn.example.com/logo.png')),
                Optional.of(URI.create('https://app.example.com/privacy')),
                Optional.of(URI.create('https://app.example.com/tos')))

        then:
        Clients.webApp().uris(uris).build().uris() == uris
    }

    // Acting subjects (Box's box_subject_type and box_subject_id)

    def "acting subjects keep the order registered, in a copy nobody can change"() {
        given:
        def enterprise = new ActingSubject('enterprise', '12345')
        def user = new ActingSubject('user', '678')
        def given = new LinkedHashSet([user, enterprise])

        when:
        def metadata = Clients.confidential().actingSubjects(given).build()
        given.add(new ActingSubject('user', '999'))

        then:
        metadata.actingSubjects() as List == [user, enterprise]

        when:
        metadata.actingSubjects().add(new ActingSubject('user', '999'))

        then:
        thrown(UnsupportedOperationException)
    }

    def "a public client cannot be registered with acting subjects"() {
        when:
        Clients.publicNative().actingSubjects([new ActingSubject('user', '678')] as Set).build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('box_subjects')
        e.error().description().contains('token_endpoint_auth_method none')
    }

    def "a public client may register no acting subjects"() {
        expect:
        Clients.publicNative().actingSubjects([] as Set).build().actingSubjects().isEmpty()
    }

    def "a null set of acting subjects is a programming error"() {
        when:
        Clients.confidential().actingSubjects(null).build()

        then:
        thrown(NullPointerException)
    }

    // RFC 7591 §2.1: grant types and response types agree

    def "grant_types #grants with response_types #given are accepted"() {
        when:
        def metadata = Clients.webApp().grantTypes(grants as LinkedHashSet).responseTypes(responses(*given)).build()

        then:
        metadata.grantTypes() == grants as Set
        metadata.responseTypes() == responses(*given)

        where:
        grants                                    | given
        [AUTHORIZATION_CODE]                      | ['code']
        [AUTHORIZATION_CODE, REFRESH_TOKEN]       | ['code']
        [IMPLICIT]                                | ['token']
        [IMPLICIT]                                | ['id_token']
        [IMPLICIT]                                | ['id_token token']
        [AUTHORIZATION_CODE, IMPLICIT]            | ['code id_token']
        [AUTHORIZATION_CODE, IMPLICIT]            | ['code', 'token']
        [CLIENT_CREDENTIALS]                      | []
        [CLIENT_CREDENTIALS, GrantType.JWT_BEARER]| []
    }

    def "response type values are compared without regard to order"() {
        when:
        def metadata = Clients.webApp()
                .grantTypes([AUTHORIZATION_CODE, IMPLICIT] as Set)
                .responseTypes(responses('id_token code'))
                .build()

        then:
        metadata.responseTypes() == responses('code id_token')
    }

    def "grant_types and response_types that disagree are refused with invalid_client_metadata naming #field when #problem"() {
        when:
        Clients.webApp().grantTypes(grants as LinkedHashSet).responseTypes(responses(*given)).build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains(field)

        where:
        problem                                          | grants                         | given              | field
        'response_types holds an unsupported value'      | [AUTHORIZATION_CODE]           | ['code foo']       | 'response_types'
        'response_types holds the none value'            | [AUTHORIZATION_CODE]           | ['code', 'none']   | 'response_types'
        'code is registered without authorization_code'  | [CLIENT_CREDENTIALS]           | ['code']           | 'authorization_code'
        'authorization_code is registered without code'  | [AUTHORIZATION_CODE]           | []                 | 'response_types'
        'token is registered without implicit'           | [AUTHORIZATION_CODE]           | ['code', 'token']  | 'implicit'
        'id_token is registered without implicit'        | [AUTHORIZATION_CODE]           | ['code id_token']  | 'implicit'
        'implicit is registered without token/id_token'  | [AUTHORIZATION_CODE, IMPLICIT] | ['code']           | 'implicit'
    }

    def "the unsupported response type value is named in the error"() {
        when:
        Clients.webApp().responseTypes(responses('code foo')).build()

        then:
        def e = thrown(OAuthException)
        e.error().description().contains("'foo'")
    }

    // Redirect URIs

    def "the #grant grant is refused with invalid_redirect_uri naming redirect_uris when none is registered"() {
        when:
        Clients.webApp().grantTypes([grant] as Set).responseTypes(responses(response)).redirectUris([]).build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REDIRECT_URI
        e.error().description().contains('redirect_uris')

        where:
        grant              | response
        AUTHORIZATION_CODE | 'code'
        IMPLICIT           | 'token'
    }

    def "a client that does not redirect needs no redirect_uris"() {
        expect:
        Clients.confidential().build().redirectUris().isEmpty()
    }

    def "a repeated redirect URI is kept once, in the order first given"() {
        when:
        def metadata = Clients.webApp().redirectUris([
                redirect('https://b.example.com/cb'),
                redirect('https://a.example.com/cb'),
                redirect('https://b.example.com/cb')]).build()

        then:
        metadata.redirectUris()*.toString() == ['https://b.example.com/cb', 'https://a.example.com/cb']
    }

    def "a repeated post-logout redirect URI is kept once"() {
        when:
        def metadata = Clients.webApp().postLogoutRedirectUris([
                redirect('https://app.example.com/bye'),
                redirect('https://app.example.com/bye')]).build()

        then:
        metadata.postLogoutRedirectUris()*.toString() == ['https://app.example.com/bye']
    }

    // Client authentication

    def "a client authenticating with #method is #kind"() {
        expect:
        builder.build().isPublic() == isPublic

        where:
        method                         | builder                                                           | isPublic
        AuthMethod.NONE                | Clients.publicNative()                                            | true
        AuthMethod.CLIENT_SECRET_BASIC | Clients.webApp()                                                  | false
        AuthMethod.CLIENT_SECRET_POST  | Clients.webApp().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST) | false
        AuthMethod.PRIVATE_KEY_JWT     | privateKeyJwt()                                                   | false

        kind = isPublic ? 'public' : 'confidential'
    }

    def "a public client is refused the client_credentials grant with invalid_client_metadata"() {
        when:
        Clients.confidential().tokenEndpointAuthMethod(AuthMethod.NONE).build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_credentials')
        e.error().description().contains('token_endpoint_auth_method')
    }

    def "a public client may use refresh tokens"() {
        when:
        def metadata = Clients.publicNative().grantTypes([AUTHORIZATION_CODE, REFRESH_TOKEN] as Set).build()

        then:
        metadata.isPublic()
        metadata.grantTypes().contains(REFRESH_TOKEN)
    }

    def "a private_key_jwt client may register its keys #how"() {
        when:
        def metadata = Clients.confidential()
                .tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwks(jwks)
                .jwksUri(jwksUri)
                .build()

        then:
        metadata.jwks() == jwks
        metadata.jwksUri() == jwksUri

        where:
        how                | jwks              | jwksUri
        'by value'         | Optional.of(JWKS) | Optional.empty()
        'by reference'     | Optional.empty()  | Optional.of(JWKS_URI)
    }

    def "a private_key_jwt client is refused with invalid_client_metadata when it registers #problem"() {
        when:
        Clients.confidential()
                .tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwks(jwks)
                .jwksUri(jwksUri)
                .build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('jwks')
        e.error().description().contains(field)

        where:
        problem                          | jwks                                                   | jwksUri               | field
        'neither jwks nor jwks_uri'      | Optional.empty()                                       | Optional.empty()      | 'private_key_jwt'
        'both jwks and jwks_uri'         | Optional.of(JWKS)                                      | Optional.of(JWKS_URI) | 'both'
        'jwks without a keys member'     | Optional.of(new JsonDocument([kty: 'RSA', n: 'AQAB'])) | Optional.empty()      | 'keys'
        'jwks whose keys is an object'   | Optional.of(new JsonDocument([keys: [kty: 'RSA']]))    | Optional.empty()      | 'keys'
        'jwks whose keys is a string'    | Optional.of(new JsonDocument([keys: 'none']))          | Optional.empty()      | 'keys'
    }

    def "a client authenticating with #method may register #what, to sign its request objects"() {
        when:
        def metadata = builder.tap(change).build()

        then:
        metadata.tokenEndpointAuthMethod() == method
        metadata.jwks().isPresent() || metadata.jwksUri().isPresent()

        where:
        method                         | what       | builder                                                                  | change
        AuthMethod.CLIENT_SECRET_BASIC | 'jwks'     | Clients.confidential()                                                   | { it.jwks(Optional.of(JWKS)) }
        AuthMethod.CLIENT_SECRET_BASIC | 'jwks_uri' | Clients.confidential()                                                   | { it.jwksUri(Optional.of(JWKS_URI)) }
        AuthMethod.CLIENT_SECRET_POST  | 'jwks'     | Clients.confidential().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST) | { it.jwks(Optional.of(JWKS)) }
        AuthMethod.NONE                | 'jwks'     | Clients.publicNative()                                                   | { it.jwks(Optional.of(JWKS)) }
        AuthMethod.NONE                | 'jwks_uri' | Clients.publicNative()                                                   | { it.jwksUri(Optional.of(JWKS_URI)) }
    }

    def "a client authenticating with #method is refused with invalid_client_metadata when it registers both jwks and jwks_uri"() {
        when:
        builder.jwks(Optional.of(JWKS)).jwksUri(Optional.of(JWKS_URI)).build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('jwks_uri')

        where:
        method                         | builder
        AuthMethod.CLIENT_SECRET_BASIC | Clients.confidential()
        AuthMethod.NONE                | Clients.publicNative()
    }

    def "request_object_signing_alg #alg is kept"() {
        when:
        def metadata = Clients.confidential().jwks(Optional.of(JWKS))
                .requestObjectSigningAlg(Optional.of(RequestObjectSigningAlg.parse(alg, 'request_object_signing_alg')))
                .build()

        then:
        metadata.requestObjectSigningAlg().get().value() == alg
        metadata.toBuilder().build() == metadata

        where:
        alg << ['none', 'RS256', 'PS256', 'ES256']
    }

    def "no request_object_signing_alg is registered by default"() {
        expect:
        Clients.confidential().build().requestObjectSigningAlg().isEmpty()
    }

    def "request_object_signing_alg none needs no keys"() {
        expect:
        Clients.confidential().requestObjectSigningAlg(Optional.of(RequestObjectSigningAlg.NONE)).build()
                .requestObjectSigningAlg() == Optional.of(RequestObjectSigningAlg.NONE)
    }

    def "request_object_signing_alg RS256 is refused with invalid_client_metadata for a client without keys"() {
        when:
        Clients.confidential().requestObjectSigningAlg(Optional.of(RequestObjectSigningAlg.parse('RS256', 'x'))).build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('request_object_signing_alg')
        e.error().description().contains('jwks')
    }

    def "userinfo_signed_response_alg #alg is read and kept"() {
        when:
        def metadata = Clients.confidential()
                .userinfoSignedResponseAlg(Optional.of(ClientMetadata.userinfoSigningAlgorithm(alg))).build()

        then:
        metadata.userinfoSignedResponseAlg() == Optional.of(expected)
        metadata.toBuilder().build() == metadata

        where:
        alg     | expected
        'RS256' | SigningAlgorithm.RS256
        'ES256' | SigningAlgorithm.ES256
    }

    def "no userinfo_signed_response_alg is registered by default: userinfo answers JSON"() {
        expect:
        Clients.confidential().build().userinfoSignedResponseAlg().isEmpty()
    }

    def "userinfo_signed_response_alg #raw is refused with invalid_client_metadata"() {
        when:
        ClientMetadata.userinfoSigningAlgorithm(raw)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('userinfo_signed_response_alg')

        where:
        raw << ['none', 'HS256', 'PS256', 'rs256', '', null]
    }

    def "request_object_signing_alg #raw is refused with invalid_client_metadata"() {
        when:
        RequestObjectSigningAlg.parse(raw, 'request_object_signing_alg')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('request_object_signing_alg')

        where:
        raw << ['HS256', 'rs256', '', null]
    }

    // Value semantics

    def "keeps grant_types in the order given"() {
        when:
        def metadata = Clients.webApp().grantTypes([REFRESH_TOKEN, AUTHORIZATION_CODE] as LinkedHashSet).build()

        then:
        metadata.grantTypes() as List == [REFRESH_TOKEN, AUTHORIZATION_CODE]
    }

    def "holds copies of the collections it was built from"() {
        given:
        def redirects = [redirect('https://app.example.com/callback')]
        def grants = [AUTHORIZATION_CODE] as LinkedHashSet
        def contacts = ['ops@example.com']
        def metadata = Clients.webApp().redirectUris(redirects).grantTypes(grants).contacts(contacts).build()

        when:
        redirects << redirect('https://evil.example.com/callback')
        grants << IMPLICIT
        contacts << 'someone@example.com'

        then:
        metadata.redirectUris()*.toString() == ['https://app.example.com/callback']
        metadata.grantTypes() == [AUTHORIZATION_CODE] as Set
        metadata.contacts() == ['ops@example.com']
    }

    def "its #collection cannot be changed"() {
        given:
        def metadata = Clients.webApp().audience(Audience.of(['https://api.example.com'])).contacts(['ops@example.com']).build()

        when:
        change(metadata)

        then:
        thrown(UnsupportedOperationException)

        where:
        collection       | change
        'redirect_uris'  | { ClientMetadata m -> m.redirectUris().add(redirect('https://evil.example.com/cb')) }
        'grant_types'    | { ClientMetadata m -> m.grantTypes().add(IMPLICIT) }
        'response_types' | { ClientMetadata m -> m.responseTypes().clear() }
        'audience'       | { ClientMetadata m -> m.audience().values().add('other') }
        'contacts'       | { ClientMetadata m -> m.contacts().add('other@example.com') }
    }

    def "a missing grant type in the set is a programming error"() {
        when:
        Clients.confidential().grantTypes([CLIENT_CREDENTIALS, null] as Set).build()

        then:
        thrown(NullPointerException)
    }

    def "a sector_identifier_uri is an absolute https URI (OIDC Registration §2), or #raw is refused"() {
        when:
        Clients.webApp().sectorIdentifierUri(Optional.of(URI.create(raw))).build()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('sector_identifier_uri')

        where:
        raw << ['http://rp.example.com/sector.json', '/sector.json', 'https:/no-host']
    }

    def "an https sector_identifier_uri is kept"() {
        expect:
        Clients.webApp().sectorIdentifierUri(Optional.of(URI.create('https://rp.example.com/s.json'))).build()
                .sectorIdentifierUri() == Optional.of(URI.create('https://rp.example.com/s.json'))
    }
}

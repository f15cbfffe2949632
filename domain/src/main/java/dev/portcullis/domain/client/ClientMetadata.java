package dev.portcullis.domain.client;

import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.key.SigningAlgorithm;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything about a client that whoever registers it may set (RFC 7591 §2), with the rules that tie the
 * fields together. An inconsistent set of metadata cannot be constructed: the constructor throws
 * {@code invalid_client_metadata} or {@code invalid_redirect_uri}, naming the field.
 *
 * @param accessTokenStrategy empty for the server-wide default
 * @param requirePkce         whether the client must use PKCE (RFC 7636) in the authorization code flow; empty for the
 *                            server-wide default. A public client always must, so it cannot be {@code false} for one
 * @param actingSubjects      the subjects the client may act for in the client credentials grant (Box's
 *                            {@code box_subject_type} and {@code box_subject_id}), in the order registered; none for a
 *                            public client, which cannot use that grant
 * @param registeredScopeByDefault whether a client credentials request without {@code scope} gets every scope the
 *                            client is registered for (RFC 6749 §3.3 lets the server pick the default; SailPoint and
 *                            Spring Authorization Server grant them all) instead of none
 * @param enabled             a disabled client cannot authenticate or start a flow
 * @param jwksUri             where the client publishes its public keys (RFC 7591 §2); with {@code jwks}, at most one
 *                            of the two. Needed for {@code private_key_jwt}, and by any client that signs request objects
 * @param requestObjectSigningAlg the algorithm every request object of the client must use (OIDC Dynamic Client
 *                            Registration §2); empty to accept any this server verifies, and unsigned ones
 * @param sectorIdentifierUri OIDC Registration §5: an {@code https} URL listing the client's redirect URIs; that
 *                            the document lists them is checked where it is fetched, at registration
 * @param userinfoSignedResponseAlg OIDC Registration §2 {@code userinfo_signed_response_alg}: userinfo answers the
 *                            client with a JWT signed with this algorithm (OIDC Core §5.3.2); empty for plain JSON.
 *                            One this server signs with; whether a key of the id-token set has it is checked at
 *                            dynamic registration
 */
public record ClientMetadata(
        String clientName,
        String owner,
        List<RedirectUri> redirectUris,
        List<RedirectUri> postLogoutRedirectUris,
        Set<GrantType> grantTypes,
        Set<ResponseType> responseTypes,
        Scopes scope,
        Audience audience,
        AuthMethod tokenEndpointAuthMethod,
        Optional<AccessTokenStrategy> accessTokenStrategy,
        Optional<Boolean> requirePkce,
        Set<ActingSubject> actingSubjects,
        boolean registeredScopeByDefault,
        boolean skipConsent,
        boolean enabled,
        ClientUris uris,
        Optional<URI> jwksUri,
        Optional<JsonDocument> jwks,
        Optional<RequestObjectSigningAlg> requestObjectSigningAlg,
        List<String> contacts,
        TokenLifespans lifespans,
        JsonDocument metadata,
        Optional<URI> sectorIdentifierUri,
        Optional<SigningAlgorithm> userinfoSignedResponseAlg) {

    /** The informational URIs of RFC 7591 §2, each absolute {@code http(s)} when present. */
    public record ClientUris(Optional<URI> clientUri, Optional<URI> logoUri, Optional<URI> policyUri, Optional<URI> tosUri) {

        public static final ClientUris NONE = new ClientUris(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        public ClientUris {
            requireWebUri(clientUri, "client_uri");
            requireWebUri(logoUri, "logo_uri");
            requireWebUri(policyUri, "policy_uri");
            requireWebUri(tosUri, "tos_uri");
        }
    }

    public ClientMetadata {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(owner, "owner");
        redirectUris = List.copyOf(new LinkedHashSet<>(redirectUris));
        postLogoutRedirectUris = List.copyOf(new LinkedHashSet<>(postLogoutRedirectUris));
        grantTypes = orderedCopy(grantTypes);
        responseTypes = orderedCopy(responseTypes);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
        Objects.requireNonNull(accessTokenStrategy, "accessTokenStrategy");
        Objects.requireNonNull(requirePkce, "requirePkce");
        actingSubjects = orderedCopy(actingSubjects);
        Objects.requireNonNull(uris, "uris");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(jwks, "jwks");
        Objects.requireNonNull(requestObjectSigningAlg, "requestObjectSigningAlg");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(lifespans, "lifespans");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(sectorIdentifierUri, "sectorIdentifierUri");
        Objects.requireNonNull(userinfoSignedResponseAlg, "userinfoSignedResponseAlg");

        if (clientName.length() > 255) {
            throw OAuthException.invalidClientMetadata("client_name must have at most 255 characters");
        }
        if (owner.length() > 255) {
            throw OAuthException.invalidClientMetadata("owner must have at most 255 characters");
        }
        if (contacts.stream().anyMatch(String::isBlank)) {
            throw OAuthException.invalidClientMetadata("contacts must hold non-empty values");
        }
        requireWebUri(jwksUri, "jwks_uri");
        // OIDC Registration §2: sector_identifier_uri is a URL using the https scheme.
        if (sectorIdentifierUri.filter(uri -> !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null).isPresent()) {
            throw OAuthException.invalidClientMetadata("sector_identifier_uri must be an absolute https URI");
        }
        checkResponseTypesAgreeWithGrantTypes(grantTypes, responseTypes);
        if (usesRedirection(grantTypes) && redirectUris.isEmpty()) {
            throw OAuthException.invalidRedirectUri("redirect_uris must hold at least one URI for the authorization_code and implicit grants");
        }
        checkAuthentication(tokenEndpointAuthMethod, grantTypes, jwksUri, jwks);
        if (requestObjectSigningAlg.filter(alg -> !alg.isNone()).isPresent() && jwksUri.isEmpty() && jwks.isEmpty()) {
            throw OAuthException.invalidClientMetadata(
                    "request_object_signing_alg " + requestObjectSigningAlg.get() + " needs the client's keys: jwks or jwks_uri");
        }
        if (tokenEndpointAuthMethod == AuthMethod.NONE && requirePkce.equals(Optional.of(false))) {
            throw OAuthException.invalidClientMetadata("require_pkce cannot be false for a public client: it always needs PKCE");
        }
        if (tokenEndpointAuthMethod == AuthMethod.NONE && !actingSubjects.isEmpty()) {
            throw OAuthException.invalidClientMetadata(
                    "box_subjects must be empty for a client with token_endpoint_auth_method none: only a confidential client acts for subjects");
        }
    }

    /** A builder with the defaults of RFC 7591 §2. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this metadata, to change a few fields. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The {@code userinfo_signed_response_alg} a client registers, read from its wire name.
     *
     * @throws OAuthException {@code invalid_client_metadata} for an algorithm this server does not sign with
     */
    public static SigningAlgorithm userinfoSigningAlgorithm(String wireName) {
        return SigningAlgorithm.fromWireName(wireName).orElseThrow(() -> OAuthException.invalidClientMetadata(
                "userinfo_signed_response_alg must be one of " + java.util.Arrays.stream(SigningAlgorithm.values())
                        .map(SigningAlgorithm::wireName).toList()));
    }

    /** A public client (RFC 6749 §2.1) cannot keep a secret; it authenticates with {@code none}. */
    public boolean isPublic() {
        return tokenEndpointAuthMethod == AuthMethod.NONE;
    }

    // RFC 7591 §2.1: the grant types and response types a client registers must agree.
    private static void checkResponseTypesAgreeWithGrantTypes(Set<GrantType> grantTypes, Set<ResponseType> responseTypes) {
        boolean code = responseTypes.stream().anyMatch(r -> r.contains(ResponseType.CODE_VALUE));
        boolean implicit = responseTypes.stream().anyMatch(r -> r.contains(ResponseType.TOKEN_VALUE) || r.contains(ResponseType.ID_TOKEN_VALUE));
        for (ResponseType type : responseTypes) {
            for (String value : type.values()) {
                if (!Set.of(ResponseType.CODE_VALUE, ResponseType.TOKEN_VALUE, ResponseType.ID_TOKEN_VALUE).contains(value)) {
                    throw OAuthException.invalidClientMetadata("response_types contains the unsupported value '" + value + "'");
                }
            }
        }
        if (code != grantTypes.contains(GrantType.AUTHORIZATION_CODE)) {
            throw OAuthException.invalidClientMetadata(
                    "grant_types must contain authorization_code exactly when response_types contains code");
        }
        if (implicit != grantTypes.contains(GrantType.IMPLICIT)) {
            throw OAuthException.invalidClientMetadata(
                    "grant_types must contain implicit exactly when response_types contains token or id_token");
        }
    }

    private static boolean usesRedirection(Set<GrantType> grantTypes) {
        return grantTypes.contains(GrantType.AUTHORIZATION_CODE) || grantTypes.contains(GrantType.IMPLICIT);
    }

    private static void checkAuthentication(AuthMethod method, Set<GrantType> grantTypes, Optional<URI> jwksUri, Optional<JsonDocument> jwks) {
        if (method == AuthMethod.NONE && grantTypes.contains(GrantType.CLIENT_CREDENTIALS)) {
            // RFC 6749 §4.4: the client credentials grant is for confidential clients only.
            throw OAuthException.invalidClientMetadata("grant_types must not contain client_credentials for a client with token_endpoint_auth_method none");
        }
        if (method == AuthMethod.PRIVATE_KEY_JWT && jwksUri.isEmpty() && jwks.isEmpty()) {
            throw OAuthException.invalidClientMetadata("token_endpoint_auth_method private_key_jwt needs one of jwks and jwks_uri");
        }
        // RFC 7591 §2: jwks_uri and jwks must not both be present. Any client may register keys: whatever its
        // token endpoint authentication, it may sign request objects with them (RFC 9101 §4).
        if (jwksUri.isPresent() && jwks.isPresent()) {
            throw OAuthException.invalidClientMetadata("jwks and jwks_uri must not both be registered");
        }
        // RFC 7591 §2: jwks is a JWK Set, an object with a "keys" array.
        if (jwks.isPresent() && !(jwks.get().members().get("keys") instanceof List<?>)) {
            throw OAuthException.invalidClientMetadata("jwks must be a JWK Set with a keys array");
        }
    }

    private static void requireWebUri(Optional<URI> uri, String field) {
        Objects.requireNonNull(uri, field);
        if (uri.isEmpty()) {
            return;
        }
        URI value = uri.get();
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!value.isAbsolute() || value.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw OAuthException.invalidClientMetadata(field + " must be an absolute http or https URI");
        }
    }

    private static <T> Set<T> orderedCopy(Set<T> values) {
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            copy.add(Objects.requireNonNull(value, "set element"));
        }
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(copy));
    }

    /** Collects metadata field by field; grant and response types default as RFC 7591 §2 says. */
    public static final class Builder {
        private String clientName = "";
        private String owner = "";
        private List<RedirectUri> redirectUris = List.of();
        private List<RedirectUri> postLogoutRedirectUris = List.of();
        private Set<GrantType> grantTypes;
        private Set<ResponseType> responseTypes;
        private Scopes scope = Scopes.NONE;
        private Audience audience = Audience.NONE;
        private AuthMethod tokenEndpointAuthMethod = AuthMethod.CLIENT_SECRET_BASIC;
        private Optional<AccessTokenStrategy> accessTokenStrategy = Optional.empty();
        private Optional<Boolean> requirePkce = Optional.empty();
        private Set<ActingSubject> actingSubjects = Set.of();
        private boolean registeredScopeByDefault;
        private boolean skipConsent;
        private boolean enabled = true;
        private ClientUris uris = ClientUris.NONE;
        private Optional<URI> jwksUri = Optional.empty();
        private Optional<JsonDocument> jwks = Optional.empty();
        private Optional<RequestObjectSigningAlg> requestObjectSigningAlg = Optional.empty();
        private List<String> contacts = List.of();
        private TokenLifespans lifespans = TokenLifespans.DEFAULTS;
        private JsonDocument metadata = JsonDocument.EMPTY;
        private Optional<URI> sectorIdentifierUri = Optional.empty();
        private Optional<SigningAlgorithm> userinfoSignedResponseAlg = Optional.empty();

        private Builder() {
        }

        private Builder(ClientMetadata m) {
            clientName = m.clientName;
            owner = m.owner;
            redirectUris = m.redirectUris;
            postLogoutRedirectUris = m.postLogoutRedirectUris;
            grantTypes = m.grantTypes;
            responseTypes = m.responseTypes;
            scope = m.scope;
            audience = m.audience;
            tokenEndpointAuthMethod = m.tokenEndpointAuthMethod;
            accessTokenStrategy = m.accessTokenStrategy;
            requirePkce = m.requirePkce;
            actingSubjects = m.actingSubjects;
            registeredScopeByDefault = m.registeredScopeByDefault;
            skipConsent = m.skipConsent;
            enabled = m.enabled;
            uris = m.uris;
            jwksUri = m.jwksUri;
            jwks = m.jwks;
            requestObjectSigningAlg = m.requestObjectSigningAlg;
            contacts = m.contacts;
            lifespans = m.lifespans;
            metadata = m.metadata;
            sectorIdentifierUri = m.sectorIdentifierUri;
            userinfoSignedResponseAlg = m.userinfoSignedResponseAlg;
        }

        public Builder clientName(String value) { clientName = value; return this; }
        public Builder owner(String value) { owner = value; return this; }
        public Builder redirectUris(List<RedirectUri> value) { redirectUris = value; return this; }
        public Builder postLogoutRedirectUris(List<RedirectUri> value) { postLogoutRedirectUris = value; return this; }
        public Builder grantTypes(Set<GrantType> value) { grantTypes = value; return this; }
        public Builder responseTypes(Set<ResponseType> value) { responseTypes = value; return this; }
        public Builder scope(Scopes value) { scope = value; return this; }
        public Builder audience(Audience value) { audience = value; return this; }
        public Builder tokenEndpointAuthMethod(AuthMethod value) { tokenEndpointAuthMethod = value; return this; }
        public Builder accessTokenStrategy(Optional<AccessTokenStrategy> value) { accessTokenStrategy = value; return this; }
        public Builder requirePkce(Optional<Boolean> value) { requirePkce = value; return this; }
        public Builder actingSubjects(Set<ActingSubject> value) { actingSubjects = value; return this; }
        public Builder registeredScopeByDefault(boolean value) { registeredScopeByDefault = value; return this; }
        public Builder skipConsent(boolean value) { skipConsent = value; return this; }
        public Builder enabled(boolean value) { enabled = value; return this; }
        public Builder uris(ClientUris value) { uris = value; return this; }
        public Builder jwksUri(Optional<URI> value) { jwksUri = value; return this; }
        public Builder jwks(Optional<JsonDocument> value) { jwks = value; return this; }
        public Builder requestObjectSigningAlg(Optional<RequestObjectSigningAlg> value) { requestObjectSigningAlg = value; return this; }
        public Builder contacts(List<String> value) { contacts = value; return this; }
        public Builder lifespans(TokenLifespans value) { lifespans = value; return this; }
        public Builder metadata(JsonDocument value) { metadata = value; return this; }
        public Builder sectorIdentifierUri(Optional<URI> value) { sectorIdentifierUri = value; return this; }
        public Builder userinfoSignedResponseAlg(Optional<SigningAlgorithm> value) { userinfoSignedResponseAlg = value; return this; }

        /**
         * RFC 7591 §2: grant_types defaults to authorization_code and response_types to code. When only one of
         * them is given, the other follows from it, so that {@code grant_types: [client_credentials]} alone
         * is a complete registration.
         */
        public ClientMetadata build() {
            Set<GrantType> grants = grantTypes;
            Set<ResponseType> responses = responseTypes;
            if (grants == null && responses == null) {
                grants = Set.of(GrantType.AUTHORIZATION_CODE);
            }
            if (grants == null) {
                grants = grantsImpliedBy(responses);
            }
            if (responses == null) {
                responses = grants.contains(GrantType.AUTHORIZATION_CODE) ? Set.of(ResponseType.CODE) : Set.of();
            }
            return new ClientMetadata(clientName, owner, redirectUris, postLogoutRedirectUris, grants, responses, scope,
                    audience, tokenEndpointAuthMethod, accessTokenStrategy, requirePkce, actingSubjects, registeredScopeByDefault,
                    skipConsent, enabled, uris,
                    jwksUri, jwks, requestObjectSigningAlg, contacts, lifespans, metadata, sectorIdentifierUri,
                    userinfoSignedResponseAlg);
        }

        private static Set<GrantType> grantsImpliedBy(Set<ResponseType> responses) {
            Set<GrantType> grants = new LinkedHashSet<>();
            for (ResponseType type : responses) {
                if (type.contains(ResponseType.CODE_VALUE)) {
                    grants.add(GrantType.AUTHORIZATION_CODE);
                }
                if (type.contains(ResponseType.TOKEN_VALUE) || type.contains(ResponseType.ID_TOKEN_VALUE)) {
                    grants.add(GrantType.IMPLICIT);
                }
            }
            return grants;
        }
    }
}

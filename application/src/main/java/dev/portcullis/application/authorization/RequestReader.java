package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.authorization.AuthorizationRequest;
import dev.portcullis.domain.authorization.ClaimsRequest;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.PkceChallenge;
import dev.portcullis.domain.grant.Prompt;
import dev.portcullis.domain.grant.ResponseMode;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.Scopes;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an authorization request in two steps. First the client and redirect URI: until both are trusted an
 * error must not be redirected anywhere (RFC 6749 §4.1.2.1). Then everything else, whose errors go back to
 * the redirect URI.
 */
final class RequestReader {

    /** The client and where its responses may go, once both are validated. */
    record Target(Client client, String redirectUri, boolean redirectUriPresented, ResponseMode mode) {
    }

    /** The implicit flow's response types this server serves (OIDC Core §3.2); {@code token} alone it does not. */
    static final Set<ResponseType> IMPLICIT_TYPES = Set.of(ResponseType.ID_TOKEN, ResponseType.ID_TOKEN_TOKEN);

    static final ErrorCode REGISTRATION_NOT_SUPPORTED = new ErrorCode("registration_not_supported");

    private final ClientRepository clients;
    private final IdTokenHints hints;
    private final AuthorizationSettings settings;

    RequestReader(ClientRepository clients, IdTokenHints hints, AuthorizationSettings settings) {
        this.clients = clients;
        this.hints = hints;
        this.settings = settings;
    }

    /**
     * @throws OAuthException when the client or redirect URI is missing, unknown or not registered: an error to
     *         show, never to redirect
     */
    Target target(BrowserRequest request) {
        if (request.repeated().contains("redirect_uri")) {
            throw untrusted(ErrorCode.INVALID_REQUEST, "client_id and redirect_uri must not be repeated");
        }
        Client client = client(request);
        List<RedirectUri> registered = client.metadata().redirectUris();
        Optional<String> presented = request.parameter("redirect_uri");
        String redirectUri;
        if (presented.isPresent()) {
            if (registered.stream().noneMatch(uri -> uri.admits(presented.get()))) {
                throw untrusted(ErrorCode.INVALID_REQUEST, "redirect_uri is not one of the client's registered redirect URIs");
            }
            redirectUri = presented.get();
        } else if (registered.size() == 1) {
            redirectUri = registered.get(0).toString();
        } else {
            throw untrusted(ErrorCode.INVALID_REQUEST, registered.isEmpty()
                    ? "the client has no registered redirect URI"
                    : "redirect_uri is required: the client has several registered redirect URIs");
        }
        return new Target(client, redirectUri, presented.isPresent(), responseMode(request));
    }

    /**
     * Where the answer goes: the requested mode, else the response type's default. The implicit flow's tokens,
     * and the errors of a request for them, never travel in a query, whatever the request says (OAuth 2.0
     * Multiple Response Type Encoding Practices §5): their default is the fragment. Unsupported types keep the
     * query, as for code.
     */
    private static ResponseMode responseMode(BrowserRequest request) {
        boolean tokens = request.parameter("response_type").flatMap(ResponseType::parse)
                .filter(IMPLICIT_TYPES::contains).isPresent();
        ResponseMode fallback = tokens ? ResponseMode.FRAGMENT : ResponseMode.QUERY;
        return request.parameter("response_mode").flatMap(ResponseMode::of)
                .filter(mode -> !(tokens && mode == ResponseMode.QUERY)).orElse(fallback);
    }

    /**
     * The enabled client the request names: all a request object needs to be verified, before its parameters, the
     * redirect URI among them, are known.
     *
     * @throws OAuthException when the client is missing or unknown: an error to show, never to redirect
     */
    Client client(BrowserRequest request) {
        if (request.repeated().contains("client_id")) {
            throw untrusted(ErrorCode.INVALID_REQUEST, "client_id and redirect_uri must not be repeated");
        }
        String rawClientId = request.parameter("client_id").orElseThrow(() -> untrusted(ErrorCode.INVALID_REQUEST,
                "the client_id parameter is required"));
        if (!ClientId.isWellFormed(rawClientId)) {
            throw untrusted(ErrorCode.INVALID_CLIENT, "no client has this client_id");
        }
        return clients.find(new ClientId(rawClientId)).filter(Client::isEnabled)
                .orElseThrow(() -> untrusted(ErrorCode.INVALID_CLIENT, "no client has this client_id"));
    }

    /**
     * Everything past the client and redirect URI; a request object was resolved into the parameters before
     * ({@link RequestObjects}).
     *
     * @throws OAuthException with the code to redirect back to the client
     */
    AuthorizationRequest read(BrowserRequest request, Target target) {
        return read(request, target, AuthorizationDialect.STANDARD);
    }

    AuthorizationRequest read(BrowserRequest request, Target target, AuthorizationDialect dialect) {
        Client client = target.client();
        if (!request.repeated().isEmpty()) {
            throw OAuthException.invalidRequest("a parameter is repeated");
        }
        if (request.parameter("registration").isPresent()) {
            throw new OAuthException(REGISTRATION_NOT_SUPPORTED, "the registration parameter is not supported");
        }
        Optional<String> mode = request.parameter("response_mode");
        if (mode.isPresent() && ResponseMode.of(mode.get()).isEmpty()) {
            throw OAuthException.invalidRequest("response_mode must be query, fragment or form_post");
        }
        String rawType = request.parameter("response_type").orElseThrow(() ->
                OAuthException.invalidRequest("the response_type parameter is required"));
        ResponseType type = ResponseType.parse(rawType).orElseThrow(() ->
                OAuthException.invalidRequest("response_type is malformed"));
        boolean implicit = IMPLICIT_TYPES.contains(type);
        if (!implicit && !type.equals(ResponseType.CODE)) {
            throw new OAuthException(ErrorCode.UNSUPPORTED_RESPONSE_TYPE,
                    "this server supports response_type code, id_token and id_token token");
        }
        GrantType flowGrant = implicit ? GrantType.IMPLICIT : GrantType.AUTHORIZATION_CODE;
        if (!client.metadata().responseTypes().contains(type) || !client.metadata().grantTypes().contains(flowGrant)) {
            throw new OAuthException(ErrorCode.UNAUTHORIZED_CLIENT, implicit
                    ? "the client is not registered for response_type=" + type.value() + " and the implicit grant"
                    : "the client is not registered for the authorization code flow");
        }
        if (implicit && mode.flatMap(ResponseMode::of).filter(ResponseMode.QUERY::equals).isPresent()) {
            throw OAuthException.invalidRequest("response_mode=query cannot carry tokens; use fragment or form_post");
        }
        Scopes scope = client.permitScope(
                Scopes.parse(request.parameters().get("scope"), ErrorCode.INVALID_SCOPE, "scope"), "scope");
        if (scope.includesOpenId() && !target.redirectUriPresented()) {
            throw OAuthException.invalidRequest("redirect_uri is required in an OpenID Connect request");
        }
        if (implicit && !scope.includesOpenId()) {
            throw OAuthException.invalidRequest("response_type=" + type.value() + " is OpenID Connect: scope must include openid");
        }
        if (implicit && request.parameter("nonce").isEmpty()) {
            throw OAuthException.invalidRequest("nonce is required with response_type=" + type.value()
                    + " (OpenID Connect Core §3.2.2.1)");
        }
        Audience audience = audience(request, client, dialect);
        // No code is issued in the implicit flow, so there is nothing for PKCE to bind.
        Optional<PkceChallenge> pkce = implicit ? Optional.empty() : pkce(request, client, dialect);
        Prompt prompt = request.parameter("prompt").map(Prompt::parse).orElse(Prompt.UNSPECIFIED);
        Optional<Long> maxAge = request.parameter("max_age").map(RequestReader::maxAge);
        Optional<String> idTokenHint = request.parameter("id_token_hint");
        if (idTokenHint.isPresent() && hints.claims(idTokenHint.get()).isEmpty()) {
            throw OAuthException.invalidRequest("id_token_hint is not an ID token this server issued");
        }
        ClaimsRequest claims = request.parameter("claims").map(ClaimsRequest::parse).orElse(ClaimsRequest.NONE);
        return new AuthorizationRequest(client.id(), target.redirectUri(), target.redirectUriPresented(), target.mode(),
                scope, audience, request.parameter("state"), request.parameter("nonce"), pkce, prompt, maxAge,
                request.parameter("login_hint"), idTokenHint, List.copyOf(spaceSeparated(request.parameter("ui_locales"))),
                List.copyOf(spaceSeparated(request.parameter("acr_values"))), request.parameter("display"), request.url(),
                claims, type);
    }

    private static Audience audience(BrowserRequest request, Client client, AuthorizationDialect dialect) {
        try {
            return client.permitAudience(Audience.parse(request.parameters().get("audience")), "audience");
        } catch (OAuthException e) {
            if (dialect.audienceRefusalIsAccessDenied()) {
                throw new OAuthException(ErrorCode.ACCESS_DENIED, "the client is not authorized for the audience it asked for");
            }
            throw e;
        }
    }

    private Optional<PkceChallenge> pkce(BrowserRequest request, Client client, AuthorizationDialect dialect) {
        Optional<String> challenge = request.parameter("code_challenge");
        Optional<String> method = request.parameter("code_challenge_method");
        if (challenge.isEmpty()) {
            if (method.isPresent()) {
                throw OAuthException.invalidRequest("code_challenge_method was sent without code_challenge");
            }
            if (client.requiresPkce(settings.pkceRequired())) {
                throw OAuthException.invalidRequest("code_challenge is required (PKCE, RFC 7636, with S256)");
            }
            return Optional.empty();
        }
        PkceChallenge parsed = PkceChallenge.parse(challenge.get(), method.orElse(null));
        if (parsed.method() == PkceChallenge.Method.PLAIN && (dialect.s256Only() || !settings.plainPkceAllowed())) {
            throw OAuthException.invalidRequest("code_challenge_method must be S256; plain is not allowed");
        }
        return Optional.of(parsed);
    }

    private static long maxAge(String raw) {
        try {
            long value = Long.parseLong(raw);
            if (value >= 0 && raw.chars().allMatch(Character::isDigit)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OAuthException.invalidRequest("max_age must be a non-negative number of seconds");
    }

    private static Set<String> spaceSeparated(Optional<String> raw) {
        Set<String> values = new LinkedHashSet<>();
        raw.ifPresent(value -> Arrays.stream(value.split(" ")).filter(v -> !v.isEmpty()).forEach(values::add));
        return values;
    }

    private static OAuthException untrusted(ErrorCode code, String description) {
        return new OAuthException(code, description);
    }
}

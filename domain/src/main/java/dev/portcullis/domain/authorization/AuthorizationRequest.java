package dev.portcullis.domain.authorization;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.PkceChallenge;
import dev.portcullis.domain.grant.Prompt;
import dev.portcullis.domain.grant.ResponseMode;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.Scopes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated authorization request (RFC 6749 §4.1.1, OIDC Core §3.1.2.1): what the client asked for,
 * remembered while the user logs in and consents, and what the code it yields is bound to.
 *
 * @param redirectUri          where the response goes: the presented one, or the client's only registered one
 * @param redirectUriPresented whether the request named {@code redirect_uri}
 * @param maxAge               OIDC {@code max_age} in seconds: the login must be at most this old
 * @param requestUrl           the URL of the request as the user agent sent it, shown to the login app
 * @param claims               the {@code claims} parameter (OIDC Core §5.5); {@link ClaimsRequest#NONE} without one
 * @param responseType         {@code code}, or one of the implicit flow's types, whose tokens the endpoint itself issues
 */
public record AuthorizationRequest(
        ClientId clientId,
        String redirectUri,
        boolean redirectUriPresented,
        ResponseMode responseMode,
        Scopes scope,
        Audience audience,
        Optional<String> state,
        Optional<String> nonce,
        Optional<PkceChallenge> pkce,
        Prompt prompt,
        Optional<Long> maxAge,
        Optional<String> loginHint,
        Optional<String> idTokenHint,
        List<String> uiLocales,
        List<String> acrValues,
        Optional<String> display,
        String requestUrl,
        ClaimsRequest claims,
        ResponseType responseType) {

    public AuthorizationRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(responseMode, "responseMode");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(pkce, "pkce");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(loginHint, "loginHint");
        Objects.requireNonNull(idTokenHint, "idTokenHint");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(requestUrl, "requestUrl");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(responseType, "responseType");
        uiLocales = List.copyOf(uiLocales);
        acrValues = List.copyOf(acrValues);
        if (maxAge.isPresent() && maxAge.get() < 0) {
            throw new IllegalArgumentException("max_age is not negative");
        }
    }

    /** A request for a code. */
    public AuthorizationRequest(ClientId clientId, String redirectUri, boolean redirectUriPresented,
                                ResponseMode responseMode, Scopes scope, Audience audience, Optional<String> state,
                                Optional<String> nonce, Optional<PkceChallenge> pkce, Prompt prompt,
                                Optional<Long> maxAge, Optional<String> loginHint, Optional<String> idTokenHint,
                                List<String> uiLocales, List<String> acrValues, Optional<String> display,
                                String requestUrl, ClaimsRequest claims) {
        this(clientId, redirectUri, redirectUriPresented, responseMode, scope, audience, state, nonce, pkce, prompt,
                maxAge, loginHint, idTokenHint, uiLocales, acrValues, display, requestUrl, claims, ResponseType.CODE);
    }

    /** A request for a code without the {@code claims} parameter. */
    public AuthorizationRequest(ClientId clientId, String redirectUri, boolean redirectUriPresented,
                                ResponseMode responseMode, Scopes scope, Audience audience, Optional<String> state,
                                Optional<String> nonce, Optional<PkceChallenge> pkce, Prompt prompt,
                                Optional<Long> maxAge, Optional<String> loginHint, Optional<String> idTokenHint,
                                List<String> uiLocales, List<String> acrValues, Optional<String> display,
                                String requestUrl) {
        this(clientId, redirectUri, redirectUriPresented, responseMode, scope, audience, state, nonce, pkce, prompt,
                maxAge, loginHint, idTokenHint, uiLocales, acrValues, display, requestUrl, ClaimsRequest.NONE);
    }

    /** What the code this request yields is bound to. */
    public CodeBinding codeBinding() {
        return new CodeBinding(clientId, redirectUri, redirectUriPresented, pkce);
    }

    /** Whether the endpoint answers with tokens itself (the implicit flow) rather than with a code. */
    public boolean isImplicit() {
        return !responseType.contains(ResponseType.CODE_VALUE);
    }

    /** Whether this is an OpenID Connect request, which yields an ID token. */
    public boolean isOpenId() {
        return scope.includesOpenId();
    }
}

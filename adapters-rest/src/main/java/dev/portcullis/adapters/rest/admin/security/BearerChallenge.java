package dev.portcullis.adapters.rest.admin.security;

import dev.portcullis.adapters.rest.http.AuthorizationHeader;
import dev.portcullis.adapters.rest.http.Challenges;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

/**
 * The RFC 6750 §3 challenge on a refused admin API call: plain when no bearer token was sent, with
 * {@code error="invalid_token"} when the one sent is not (or no longer) valid, and with
 * {@code error="insufficient_scope"} (§3.1) when it is valid but lacks the admin scope.
 */
@Singleton
final class BearerChallenge implements WwwAuthenticateChallengeProvider<HttpRequest<?>> {

    @Override
    public String getWwwAuthenticateChallenge(HttpRequest<?> request) {
        // The security filter calls this for its 403 as well as its 401: a caller it authenticated is refused
        // for its scope, and telling it that its token is invalid would be wrong.
        if (request.getUserPrincipal().isPresent()) {
            return Challenges.insufficientScope(Challenges.ADMIN_REALM, AdminScopeRule.ADMIN_SCOPE);
        }
        return AuthorizationHeader.bearer(request).isPresent()
                ? Challenges.bearer(Challenges.ADMIN_REALM) + ", error=\"invalid_token\""
                : Challenges.bearer(Challenges.ADMIN_REALM);
    }
}

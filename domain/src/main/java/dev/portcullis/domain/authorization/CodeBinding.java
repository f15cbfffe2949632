package dev.portcullis.domain.authorization;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.PkceChallenge;

import java.util.Objects;
import java.util.Optional;

/**
 * What an authorization code is bound to when it is issued: the client, the redirect URI the response went
 * to, and the PKCE challenge. Redeeming the code at the token endpoint must present the same (RFC 6749
 * §4.1.3, RFC 7636 §4.6). Single use and expiry are the code's own record's business.
 *
 * @param redirectUri          the redirect URI the authorization response was sent to
 * @param redirectUriPresented whether the authorization request named it (rather than the client's only
 *                             registered one being used); then the token request must name it too
 * @param challenge            the PKCE challenge of the authorization request, if it had one
 */
public record CodeBinding(ClientId clientId, String redirectUri, boolean redirectUriPresented,
                          Optional<PkceChallenge> challenge) {

    public CodeBinding {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(challenge, "challenge");
    }

    /**
     * Checks a redemption of the code.
     *
     * @param caller       the authenticated (or, for a public client, identified) client redeeming it
     * @param redirectUri  the token request's {@code redirect_uri}, if any
     * @param codeVerifier the token request's {@code code_verifier}, if any
     * @throws OAuthException {@code invalid_grant} when any of them does not match what the code is bound to
     */
    public void checkRedemption(ClientId caller, Optional<String> redirectUri, Optional<String> codeVerifier) {
        checkRedemption(caller, redirectUri, codeVerifier, false);
    }

    /**
     * The same, where {@code soleRegisteredUri} says that the redeeming client has exactly one registered redirect
     * URI. The authorization response cannot then have gone anywhere but there, so a token request may leave
     * {@code redirect_uri} out even when the authorization request named it: a relaxation of RFC 6749 §4.1.3 that
     * Box's SDKs need, which send it only in the authorization request. One that is sent must still match.
     */
    public void checkRedemption(ClientId caller, Optional<String> redirectUri, Optional<String> codeVerifier,
                                boolean soleRegisteredUri) {
        if (!clientId.equals(caller)) {
            throw invalidGrant("the authorization code was issued to another client");
        }
        if (redirectUri.isPresent() ? !redirectUri.get().equals(this.redirectUri) : redirectUriPresented && !soleRegisteredUri) {
            throw invalidGrant("redirect_uri must be the one of the authorization request");
        }
        if (challenge.isEmpty()) {
            if (codeVerifier.isPresent()) {
                // RFC 9700 §2.1.1: a verifier without a challenge could be a downgrade attack.
                throw invalidGrant("code_verifier was sent, but the authorization request had no code_challenge");
            }
            return;
        }
        if (codeVerifier.isEmpty()) {
            throw invalidGrant("code_verifier is required: the authorization request had a code_challenge");
        }
        if (!challenge.get().isSatisfiedBy(codeVerifier.get())) {
            throw invalidGrant("code_verifier does not match the code_challenge");
        }
    }

    private static OAuthException invalidGrant(String description) {
        return new OAuthException(ErrorCode.INVALID_GRANT, description);
    }
}

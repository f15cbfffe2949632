package dev.portcullis.application.trust;

import dev.portcullis.domain.trust.TrustRelationship;

/** The operator trusts another issuer's assertions. */
public interface RegisterTrustUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} naming what is wrong (no issuer,
     *         both or neither of subject and allow_any_subject, a key that is not a public RSA or EC JWK with a kid,
     *         an expiry not in the future, a malformed scope); {@code conflict} when the issuer already has a
     *         relationship for this subject and key id
     */
    TrustRelationship register(TrustRegistration registration);
}

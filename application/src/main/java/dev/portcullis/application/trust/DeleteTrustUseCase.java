package dev.portcullis.application.trust;

/** Ends a trust relationship: its issuer's assertions stop being accepted at once. */
public interface DeleteTrustUseCase {

    /** @throws dev.portcullis.domain.error.OAuthException {@code not_found} */
    void delete(String id);
}

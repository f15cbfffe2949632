package dev.portcullis.application.trust;

import dev.portcullis.domain.trust.TrustRelationship;

/** One trust relationship, expired or not. */
public interface GetTrustUseCase {

    /** @throws dev.portcullis.domain.error.OAuthException {@code not_found} */
    TrustRelationship get(String id);
}

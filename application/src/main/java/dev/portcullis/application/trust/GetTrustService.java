package dev.portcullis.application.trust;

import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.trust.TrustId;
import dev.portcullis.domain.trust.TrustRelationship;

import java.util.Optional;

public final class GetTrustService implements GetTrustUseCase {

    private final TrustRepository trusts;

    public GetTrustService(TrustRepository trusts) {
        this.trusts = trusts;
    }

    @Override
    public TrustRelationship get(String id) {
        return Optional.ofNullable(id).filter(TrustId::isWellFormed).map(TrustId::new).flatMap(trusts::find)
                .orElseThrow(() -> OAuthException.notFound("no trust relationship has this id"));
    }
}

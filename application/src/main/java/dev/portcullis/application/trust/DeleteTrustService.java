package dev.portcullis.application.trust;

import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.trust.TrustId;

public final class DeleteTrustService implements DeleteTrustUseCase {

    private final TrustRepository trusts;

    public DeleteTrustService(TrustRepository trusts) {
        this.trusts = trusts;
    }

    @Override
    public void delete(String id) {
        if (id == null || !TrustId.isWellFormed(id) || !trusts.delete(new TrustId(id))) {
            throw OAuthException.notFound("no trust relationship has this id");
        }
    }
}

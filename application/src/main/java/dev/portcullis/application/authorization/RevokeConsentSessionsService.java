package dev.portcullis.application.authorization;

import dev.portcullis.application.grant.flow.GrantRevocation;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;

public final class RevokeConsentSessionsService implements RevokeConsentSessionsUseCase {

    private final FlowRepository flows;
    private final GrantRevocation revocation;

    public RevokeConsentSessionsService(FlowRepository flows, GrantRevocation revocation) {
        this.flows = flows;
        this.revocation = revocation;
    }

    @Override
    public int revoke(ConsentSessionQuery query) {
        int revoked = 0;
        for (AuthorizationFlow flow : flows.findConsented(query.subject(), query.clientId())) {
            if (revocation.revoke(flow)) {
                revoked++;
            }
        }
        return revoked;
    }
}

package dev.portcullis.application.grant.flow;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.token.GrantId;

import java.util.Optional;

/**
 * Withdrawing a consent: the flow stops being in force and every token of its grant is revoked, whether a
 * reused code or refresh token gave it away or an admin revoked it.
 */
public final class GrantRevocation {

    private static final int ATTEMPTS = 5;

    private final FlowRepository flows;
    private final TokenRepository tokens;

    public GrantRevocation(FlowRepository flows, TokenRepository tokens) {
        this.flows = flows;
        this.tokens = tokens;
    }

    /**
     * Withdraws the flow's consent, retrying over concurrent changes (a refresh moves the flow on), and revokes
     * every token of its grant.
     *
     * @return whether this call withdrew a consent that was in force
     */
    public boolean revoke(AuthorizationFlow flow) {
        Optional<AuthorizationFlow> current = Optional.of(flow);
        boolean withdrawn = false;
        for (int attempt = 0; attempt < ATTEMPTS && current.isPresent() && current.get().stage().isConsented(); attempt++) {
            if (flows.update(current.get().revoke())) {
                withdrawn = true;
                break;
            }
            current = flows.find(flow.id());
        }
        tokens.revokeGrant(flow.id());
        return withdrawn;
    }

    /** The same for a grant whose flow may be gone already. */
    public void revoke(GrantId grant) {
        flows.find(grant).ifPresentOrElse(this::revoke, () -> tokens.revokeGrant(grant));
    }

    /**
     * Makes sure a grant whose consent stopped being in force while tokens were being issued (a reused code or
     * refresh token, or a revoked consent) has no token left: revoking the grant again reaches the tokens issued
     * after the revocation that raced them.
     *
     * @return whether the consent is still in force
     */
    public boolean stillConsented(GrantId grant) {
        boolean consented = flows.findConsentInForce(grant).isPresent();
        if (!consented) {
            tokens.revokeGrant(grant);
        }
        return consented;
    }
}

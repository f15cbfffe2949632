package dev.portcullis.domain.authorization;

import dev.portcullis.domain.token.GrantId;

import java.util.Objects;

/**
 * A flow whose consent is in force: its code was issued, or redeemed, and neither reused nor revoked. Every
 * token of the grant stands on it, so it always has the login and the consent behind them. Made only by
 * {@link AuthorizationFlow#consented()}.
 */
public record ConsentedFlow(AuthorizationFlow flow) {

    public ConsentedFlow {
        Objects.requireNonNull(flow, "flow");
        if (!flow.stage().isConsented() || flow.login().isEmpty() || flow.consent().isEmpty()) {
            throw new IllegalArgumentException("a flow in stage " + flow.stage().wireName() + " has no consent in force");
        }
    }

    public GrantId id() {
        return flow.id();
    }

    public AuthorizationRequest request() {
        return flow.request();
    }

    public LoginAcceptance login() {
        return flow.login().orElseThrow();
    }

    public ConsentAcceptance consent() {
        return flow.consent().orElseThrow();
    }

    /** The user the consent is for. */
    public String subject() {
        return login().subject();
    }
}

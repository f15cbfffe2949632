package dev.portcullis.domain.authorization;

/**
 * Where an authorization flow stands. Each verifier moves it forward exactly once; a flow never goes back.
 */
public enum FlowStage {
    /** The login app has a login challenge and has not answered. */
    LOGIN_REQUESTED("login_requested"),
    /** The login app answered; the browser has a login verifier to bring back. */
    LOGIN_ANSWERED("login_answered"),
    /** The login verifier came back; the consent app has a consent challenge. */
    CONSENT_REQUESTED("consent_requested"),
    /** The consent app answered; the browser has a consent verifier to bring back. */
    CONSENT_ANSWERED("consent_answered"),
    /** The consent verifier came back and an authorization code went to the client. */
    CODE_ISSUED("code_issued"),
    /** The code was redeemed for tokens. */
    CODE_REDEEMED("code_redeemed"),
    /** The consent verifier came back and the implicit flow's tokens went to the client; no code was issued. */
    TOKENS_ISSUED("tokens_issued"),
    /** A rejection reached the client; the flow yields nothing. */
    FAILED("failed"),
    /** The consent was revoked, and with it every token of the grant. */
    REVOKED("revoked");

    private final String wireName;

    FlowStage(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static FlowStage fromWireName(String name) {
        for (FlowStage stage : values()) {
            if (stage.wireName.equals(name)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("no flow stage " + name);
    }

    /** Whether the consent of a flow in this stage was given and is in force. */
    public boolean isConsented() {
        return this == CODE_ISSUED || this == CODE_REDEEMED || this == TOKENS_ISSUED;
    }
}

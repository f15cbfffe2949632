package dev.portcullis.domain.token;

/**
 * The {@code token_type} of an issued access token (RFC 6749 §7.1). Each inbound adapter spells it as its
 * surface does; the RFC's names are here.
 */
public enum TokenType {
    /** RFC 6750. */
    BEARER("Bearer"),
    /** RFC 8693 §2.2.1: what a token exchange answers when the issued token is not an access token. */
    NOT_APPLICABLE("N_A");

    private final String rfcName;

    TokenType(String rfcName) {
        this.rfcName = rfcName;
    }

    public String rfcName() {
        return rfcName;
    }
}

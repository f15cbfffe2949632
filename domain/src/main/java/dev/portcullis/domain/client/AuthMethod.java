package dev.portcullis.domain.client;

import java.util.Arrays;
import java.util.Optional;

/** The token endpoint authentication methods this server supports (RFC 7591 §2). */
public enum AuthMethod {
    CLIENT_SECRET_BASIC("client_secret_basic", true),
    CLIENT_SECRET_POST("client_secret_post", true),
    PRIVATE_KEY_JWT("private_key_jwt", false),
    NONE("none", false);

    private final String wireName;
    private final boolean usesSecret;

    AuthMethod(String wireName, boolean usesSecret) {
        this.wireName = wireName;
        this.usesSecret = usesSecret;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether a client authenticating this way holds a shared secret. */
    public boolean usesSecret() {
        return usesSecret;
    }

    public static Optional<AuthMethod> fromWireName(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }
}

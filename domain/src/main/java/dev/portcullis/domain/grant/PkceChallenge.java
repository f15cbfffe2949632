package dev.portcullis.domain.grant;

import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.text.Characters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A PKCE code challenge and its method (RFC 7636 §4.2), kept with an authorization request and checked
 * against the {@code code_verifier} when the code is redeemed (§4.6).
 */
public record PkceChallenge(String value, Method method) {

    /** {@code code_challenge_method}. */
    public enum Method {
        /** BASE64URL(SHA-256(ASCII(code_verifier))). */
        S256("S256"),
        /** The verifier itself; only where configuration allows it. */
        PLAIN("plain");

        private final String wireName;

        Method(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** The method with this exact name (RFC 7636 names are case-sensitive); empty when there is none. */
        public static Optional<Method> of(String wireName) {
            for (Method method : values()) {
                if (method.wireName.equals(wireName)) {
                    return Optional.of(method);
                }
            }
            return Optional.empty();
        }
    }

    private static final int MIN_LENGTH = 43;
    private static final int MAX_LENGTH = 128;

    public PkceChallenge {
        Objects.requireNonNull(method, "method");
        if (!isUnreservedText(value)) {
            throw new IllegalArgumentException("a code challenge is 43 to 128 unreserved characters");
        }
    }

    /**
     * The challenge of an authorization request, from its {@code code_challenge} and
     * {@code code_challenge_method} parameters; a missing method means {@code plain} (RFC 7636 §4.3).
     *
     * @throws OAuthException {@code invalid_request} for a malformed challenge or an unknown method
     */
    public static PkceChallenge parse(String challenge, String method) {
        if (!isUnreservedText(challenge)) {
            throw OAuthException.invalidRequest("code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
        }
        if (method == null || method.isEmpty()) {
            return new PkceChallenge(challenge, Method.PLAIN);
        }
        return new PkceChallenge(challenge, Method.of(method).orElseThrow(() -> OAuthException.invalidRequest(
                "code_challenge_method must be S256" + (method.toLowerCase(Locale.ROOT).equals("s256") ? " (case matters)" : ""))));
    }

    /**
     * Whether {@code verifier} is the secret this challenge was made from. A malformed verifier never is. The
     * comparison takes the same time wherever the two differ.
     */
    public boolean isSatisfiedBy(String verifier) {
        if (!isUnreservedText(verifier)) {
            return false;
        }
        String derived = method == Method.S256 ? s256(verifier) : verifier;
        return MessageDigest.isEqual(derived.getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII));
    }

    /** BASE64URL-ENCODE(SHA256(ASCII(verifier))) without padding. */
    public static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** RFC 7636 §4.1: 43 to 128 characters of ALPHA / DIGIT / "-" / "." / "_" / "~". */
    private static boolean isUnreservedText(String text) {
        return Characters.isAlphanumericOr(text, "-._~", MIN_LENGTH, MAX_LENGTH);
    }
}

package dev.portcullis.domain.key;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One key of a key set. The public part is a JWK (RFC 7517) whose members are all strings; the private
 * part is sealed (encrypted and authenticated) under the system secret and opened only by the crypto
 * adapter. The newest key of a set signs; older ones stay published until deleted.
 *
 * @param publicJwk     the public JWK's members, including {@code kid}, {@code alg} and {@code use}
 * @param sealedPrivate the private key, sealed; opaque to everything but the crypto adapter
 */
public record SigningKey(
        KeySetName set,
        KeyId kid,
        SigningAlgorithm algorithm,
        Instant createdAt,
        Map<String, String> publicJwk,
        String sealedPrivate) {

    private static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    public SigningKey {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sealedPrivate, "sealedPrivate");
        publicJwk = Collections.unmodifiableMap(new LinkedHashMap<>(publicJwk));
        if (publicJwk.keySet().stream().anyMatch(PRIVATE_MEMBERS::contains)) {
            throw new IllegalArgumentException("a public JWK carries no private key member");
        }
        if (!kid.value().equals(publicJwk.get("kid")) || !algorithm.wireName().equals(publicJwk.get("alg"))
                || !algorithm.keyType().equals(publicJwk.get("kty"))) {
            throw new IllegalArgumentException("the public JWK's kid, alg and kty match the key");
        }
    }

    /** Whether this key is newer than {@code other}: later creation, then the larger kid. */
    public boolean isNewerThan(SigningKey other) {
        int byTime = createdAt.compareTo(other.createdAt);
        return byTime != 0 ? byTime > 0 : kid.value().compareTo(other.kid.value()) > 0;
    }

    /** Names the key without its sealed private part, which has no business in a log. */
    @Override
    public String toString() {
        return "SigningKey[" + set + "/" + kid + ", " + algorithm.wireName() + ", created " + createdAt + "]";
    }
}

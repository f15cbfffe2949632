package dev.portcullis.application.port;

import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.client.HashedSecret;

/**
 * Hashes client secrets for storage and checks presented secrets against them. A generated secret
 * (256 bits of randomness) may be stored under a fast keyed hash; a chosen one needs a slow password hash.
 * The encoding names its scheme, so hashes made under older schemes keep verifying.
 */
public interface SecretHasher {

    HashedSecret hash(ClientSecret secret);

    /** Whether {@code presented} is the secret behind {@code stored}; compares in constant time. */
    boolean verify(String presented, HashedSecret stored);

    /** Whether verifying against {@code stored} is slow by design (a password hash such as PBKDF2). */
    boolean isSlow(HashedSecret stored);
}

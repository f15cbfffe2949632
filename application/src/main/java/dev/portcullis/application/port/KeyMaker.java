package dev.portcullis.application.port;

import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningAlgorithm;
import dev.portcullis.domain.key.SigningKey;

import java.time.Instant;

/** Generates signing keys: a fresh key pair, its public JWK, and its private part sealed for storage. */
public interface KeyMaker {

    /** A new key for {@code set}, with a fresh random kid, created at {@code now}. */
    SigningKey generate(KeySetName set, SigningAlgorithm algorithm, Instant now);
}

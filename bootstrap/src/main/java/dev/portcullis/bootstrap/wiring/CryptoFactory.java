package dev.portcullis.bootstrap.wiring;

import dev.portcullis.adapters.crypto.hash.JdkSecretHasher;
import dev.portcullis.adapters.crypto.random.SecureRandomness;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.bootstrap.config.PortcullisProperties;
import dev.portcullis.bootstrap.config.SecretsProperties;
import dev.portcullis.bootstrap.config.SystemSecret;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** Randomness, the clock, the system secret and what is derived from it. */
@Factory
final class CryptoFactory {

    /** Ticks in milliseconds: both databases keep at least that, so what a response shows is what is stored. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Singleton
    Randomness randomness() {
        return new SecureRandomness();
    }

    @Singleton
    SystemSecret systemSecret(SecretsProperties secrets, PortcullisProperties portcullis) {
        return SystemSecret.resolve(secrets, portcullis);
    }

    @Singleton
    SecretHasher secretHasher(SystemSecret systemSecret, Randomness randomness,
                              @Value("${portcullis.secrets.pbkdf2-iterations:600000}") int iterations) {
        return new JdkSecretHasher(systemSecret.derive("client-secret-pepper"), iterations, randomness);
    }
}

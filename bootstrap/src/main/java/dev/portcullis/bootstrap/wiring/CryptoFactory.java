package dev.portcullis.bootstrap.wiring;

import dev.portcullis.adapters.crypto.digest.HmacTokenDigest;
import dev.portcullis.adapters.crypto.hash.JdkSecretHasher;
import dev.portcullis.adapters.crypto.hash.Pbkdf2PasswordHasher;
import dev.portcullis.adapters.crypto.jose.KeySealer;
import dev.portcullis.adapters.crypto.jose.NativeProviders;
import dev.portcullis.adapters.crypto.jose.NimbusKeyMaker;
import dev.portcullis.adapters.crypto.jose.NimbusForeignJwts;
import dev.portcullis.adapters.crypto.jose.NimbusTokenCodec;
import dev.portcullis.adapters.crypto.random.SecureRandomness;
import dev.portcullis.adapters.crypto.remote.HttpRemoteDocuments;
import dev.portcullis.application.port.KeyMaker;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.PasswordHasher;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.bootstrap.config.ClientDocumentsProperties;
import dev.portcullis.bootstrap.config.PortcullisProperties;
import dev.portcullis.bootstrap.config.SecretsProperties;
import dev.portcullis.bootstrap.config.SystemSecret;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Randomness, the clock, the system secret and what is derived from it. */
@Factory
final class CryptoFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CryptoFactory.class);

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

    /** Keyed hashes of token strings and presented secrets, under a key of their own. */
    @Singleton
    TokenDigest tokenDigest(SystemSecret systemSecret) {
        return new HmacTokenDigest(systemSecret.derive("token-digest"));
    }

    /** Private keys are sealed with AES-GCM under a key derived from the system secret. */
    @Singleton
    KeySealer keySealer(SystemSecret systemSecret, Randomness randomness) {
        return new KeySealer(systemSecret.derive("signing-key-sealing"), randomness);
    }

    @Singleton
    KeyMaker keyMaker(KeySealer sealer, Randomness randomness) {
        return new NimbusKeyMaker(sealer, randomness);
    }

    /**
     * Signs with a native JCA provider when one loads ({@code portcullis.crypto.native-provider: auto}, the
     * default) and with the JDK's otherwise; {@code off} always uses the JDK's.
     */
    @Singleton
    TokenCodec tokenCodec(KeySealer sealer, @Value("${portcullis.crypto.native-provider:auto}") String nativeProvider) {
        Optional<Provider> provider = "off".equals(nativeProvider) ? Optional.empty() : NativeProviders.amazonCorretto();
        LOG.info("Signing tokens with the {} provider", provider.map(Provider::getName).orElse("JDK's default"));
        return new NimbusTokenCodec(sealer, provider);
    }

    @Singleton
    JdkSecretHasher secretHasher(SystemSecret systemSecret, Randomness randomness,
                                 @Value("${portcullis.secrets.pbkdf2-iterations:600000}") int iterations) {
        return new JdkSecretHasher(systemSecret.derive("client-secret-pepper"), iterations, randomness);
    }

    /** Users' passwords: PBKDF2 without the server's pepper, so that hashes in configuration are portable. */
    @Singleton
    PasswordHasher passwordHasher(JdkSecretHasher secretHasher) {
        return new Pbkdf2PasswordHasher(secretHasher);
    }

    /** Other issuers' JWTs, for the jwt-bearer grant; verified with the JDK's providers (they are not on the hot path). */
    @Singleton
    ForeignJwts foreignJwts() {
        return new NimbusForeignJwts();
    }

    /**
     * The documents clients publish at URLs they name: request objects by reference, JWK Sets, sector identifiers;
     * fetched within bounds and, unless allowed, from public hosts only.
     */
    @Singleton
    RemoteDocuments remoteDocuments(ClientDocumentsProperties properties) {
        try {
            return new HttpRemoteDocuments(new HttpRemoteDocuments.Settings(properties.allowPrivateHosts(),
                    properties.allowHttp(), properties.timeout(), properties.maxSize()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("portcullis.client-documents: " + e.getMessage(), e);
        }
    }
}

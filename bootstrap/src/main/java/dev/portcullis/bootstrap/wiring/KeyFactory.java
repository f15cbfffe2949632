package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.key.CreateKeyService;
import dev.portcullis.application.key.CreateKeyUseCase;
import dev.portcullis.application.key.DeleteKeyService;
import dev.portcullis.application.key.DeleteKeyUseCase;
import dev.portcullis.application.key.EnsureSigningKeysService;
import dev.portcullis.application.key.EnsureSigningKeysUseCase;
import dev.portcullis.application.key.GetKeyService;
import dev.portcullis.application.key.GetKeySetService;
import dev.portcullis.application.key.GetKeySetUseCase;
import dev.portcullis.application.key.GetKeyUseCase;
import dev.portcullis.application.key.GetPublicKeysService;
import dev.portcullis.application.key.GetPublicKeysUseCase;
import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.KeyMaker;
import dev.portcullis.application.port.KeyRepository;
import dev.portcullis.bootstrap.config.TokenProperties;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;

/** Key sets: the admin key API, the JWKS and the keys generated on first start. */
@Factory
final class KeyFactory {

    @Singleton
    EnsureSigningKeysUseCase ensureSigningKeys(KeyRepository keys, KeyMaker maker, KeyRing keyRing, TokenProperties tokens,
                                               Clock clock) {
        return new EnsureSigningKeysService(keys, maker, keyRing, Map.of(
                KeySetName.ACCESS_TOKEN, algorithm("access-token", tokens.accessTokenSigningAlgorithm()),
                KeySetName.ID_TOKEN, algorithm("id-token", tokens.idTokenSigningAlgorithm())), clock);
    }

    private static SigningAlgorithm algorithm(String set, String name) {
        return SigningAlgorithm.fromWireName(name).orElseThrow(() -> new ConfigurationException(
                "portcullis.tokens." + set + "-signing-algorithm must be RS256 or ES256, not " + name));
    }

    @Singleton
    GetKeySetUseCase getKeySet(KeyRing keyRing) {
        return new GetKeySetService(keyRing);
    }

    @Singleton
    GetKeyUseCase getKey(KeyRing keyRing) {
        return new GetKeyService(keyRing);
    }

    @Singleton
    CreateKeyUseCase createKey(KeyRepository keys, KeyMaker maker, KeyRing keyRing, Clock clock) {
        return new CreateKeyService(keys, maker, keyRing, clock);
    }

    @Singleton
    DeleteKeyUseCase deleteKey(KeyRepository keys, KeyRing keyRing) {
        return new DeleteKeyService(keys, keyRing);
    }

    @Singleton
    GetPublicKeysUseCase publicKeys(KeyRing keyRing) {
        return new GetPublicKeysService(keyRing);
    }
}

package dev.portcullis.application.key;

import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.key.SigningKey;

import java.util.List;

public final class GetKeySetService implements GetKeySetUseCase {

    private final KeyRing keyRing;

    public GetKeySetService(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    public PublicKeys get(String set) {
        List<SigningKey> keys = keyRing.keys(KeySets.name(set));
        if (keys.isEmpty()) {
            throw OAuthException.notFound("no key set with this name");
        }
        return PublicKeys.of(keys);
    }
}

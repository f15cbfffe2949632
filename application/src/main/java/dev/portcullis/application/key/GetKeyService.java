package dev.portcullis.application.key;

import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.key.KeyId;

import java.util.List;

public final class GetKeyService implements GetKeyUseCase {

    private final KeyRing keyRing;

    public GetKeyService(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    public PublicKeys get(String set, String kid) {
        KeyId id = KeySets.kid(kid);
        return keyRing.keys(KeySets.name(set)).stream()
                .filter(key -> key.kid().equals(id))
                .findFirst()
                .map(key -> PublicKeys.of(List.of(key)))
                .orElseThrow(() -> OAuthException.notFound("no key with this kid in the set"));
    }
}

package dev.portcullis.application.key;

import dev.portcullis.application.port.KeyRepository;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;

import java.util.List;

public final class DeleteKeyService implements DeleteKeyUseCase {

    private final KeyRepository keys;
    private final KeyRing keyRing;

    public DeleteKeyService(KeyRepository keys, KeyRing keyRing) {
        this.keys = keys;
        this.keyRing = keyRing;
    }

    @Override
    public void delete(String set, String kid) {
        KeySetName name = KeySets.name(set);
        KeyId id = KeySets.kid(kid);
        List<SigningKey> current = keys.findSet(name);
        if (current.stream().noneMatch(key -> key.kid().equals(id))) {
            throw OAuthException.notFound("no key with this kid in the set");
        }
        if (name.isPublished() && current.size() == 1) {
            throw OAuthException.conflict("the server signs with this set's only key; generate a new key first");
        }
        keys.remove(name, id);
        keyRing.forget(name);
    }
}

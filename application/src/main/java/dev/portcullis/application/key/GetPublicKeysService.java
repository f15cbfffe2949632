package dev.portcullis.application.key;

import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;

import java.util.ArrayList;
import java.util.List;

public final class GetPublicKeysService implements GetPublicKeysUseCase {

    private final KeyRing keyRing;

    public GetPublicKeysService(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    public PublicKeys get() {
        List<SigningKey> published = new ArrayList<>(keyRing.keys(KeySetName.ACCESS_TOKEN));
        published.addAll(keyRing.keys(KeySetName.ID_TOKEN));
        return PublicKeys.of(published);
    }
}

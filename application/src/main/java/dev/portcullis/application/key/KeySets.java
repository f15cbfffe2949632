package dev.portcullis.application.key;

import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;

/** Parsing of the key set names and kids that arrive in admin API paths. */
final class KeySets {

    private KeySets() {
    }

    static KeySetName name(String raw) {
        if (!KeySetName.isWellFormed(raw)) {
            throw OAuthException.notFound("no key set with this name");
        }
        return new KeySetName(raw);
    }

    static KeyId kid(String raw) {
        if (!KeyId.isWellFormed(raw)) {
            throw OAuthException.notFound("no key with this kid");
        }
        return new KeyId(raw);
    }
}

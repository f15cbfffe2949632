package dev.portcullis.application.port;

import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;

import java.util.List;

/** Stores signing keys. Every method is atomic on its own; implementations never return null. */
public interface KeyRepository {

    /** @return false, writing nothing, when the set already holds a key with this kid */
    boolean add(SigningKey key);

    /** The keys of one set, newest first (see {@link SigningKey#isNewerThan}); empty when there are none. */
    List<SigningKey> findSet(KeySetName set);

    /** @return false when there was no such key */
    boolean remove(KeySetName set, KeyId kid);
}

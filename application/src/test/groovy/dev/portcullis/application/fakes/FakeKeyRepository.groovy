package dev.portcullis.application.fakes

import dev.portcullis.application.port.KeyRepository
import dev.portcullis.domain.key.KeyId
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningKey

/** A stateful fake: a list of keys behind one lock, sorted newest first when a set is read. */
class FakeKeyRepository implements KeyRepository {

    private final List<SigningKey> keys = []

    synchronized boolean add(SigningKey key) {
        if (keys.any { it.set() == key.set() && it.kid() == key.kid() }) {
            return false
        }
        keys << key
        true
    }

    synchronized List<SigningKey> findSet(KeySetName set) {
        List.copyOf(keys.findAll { it.set() == set }.sort { a, b -> a.isNewerThan(b) ? -1 : b.isNewerThan(a) ? 1 : 0 })
    }

    synchronized boolean remove(KeySetName set, KeyId kid) {
        keys.removeIf { it.set() == set && it.kid() == kid }
    }
}

package dev.portcullis.adapters.rest

import dev.portcullis.application.port.StorageHealth

/** Storage that is healthy until a spec says otherwise. */
class FakeStorageHealth implements StorageHealth {

    private volatile String reason

    void failWith(String reason) {
        this.reason = reason
    }

    void recover() {
        reason = null
    }

    Optional<String> problem() {
        Optional.ofNullable(reason)
    }
}

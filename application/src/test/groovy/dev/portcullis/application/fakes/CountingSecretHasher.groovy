package dev.portcullis.application.fakes

import dev.portcullis.domain.client.HashedSecret

/** A {@link FakeSecretHasher} that counts verifications, to show when a slow hash would have run. */
class CountingSecretHasher extends FakeSecretHasher {

    private int verifications

    synchronized boolean verify(String presented, HashedSecret stored) {
        verifications++
        super.verify(presented, stored)
    }

    synchronized int getVerifications() {
        verifications
    }
}

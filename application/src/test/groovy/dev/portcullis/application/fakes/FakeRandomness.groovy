package dev.portcullis.application.fakes

import dev.portcullis.application.port.Randomness

/** Deterministic and never repeating: each call returns the next bytes of a counter-seeded stream. */
class FakeRandomness implements Randomness {

    private final Random random = new Random(42)

    synchronized byte[] nextBytes(int count) {
        def bytes = new byte[count]
        random.nextBytes(bytes)
        bytes
    }
}

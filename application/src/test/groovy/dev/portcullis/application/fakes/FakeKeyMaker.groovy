package dev.portcullis.application.fakes

import dev.portcullis.application.port.KeyMaker
import dev.portcullis.domain.key.KeyId
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm
import dev.portcullis.domain.key.SigningKey

import java.time.Instant

/**
 * Makes keys without key material: kids count up ({@code key-0001}, {@code key-0002}, …) so that of two
 * keys made at one instant the later one is newer, and the "sealed" private part just names the kid.
 */
class FakeKeyMaker implements KeyMaker {

    private int made

    synchronized SigningKey generate(KeySetName set, SigningAlgorithm algorithm, Instant now) {
        made++
        def kid = String.format('key-%04d', made)
        new SigningKey(set, new KeyId(kid), algorithm, now,
                [kty: algorithm.keyType(), kid: kid, alg: algorithm.wireName(), use: 'sig'], 'sealed:' + kid)
    }

    /** How many keys this maker generated. */
    synchronized int getMade() {
        made
    }
}

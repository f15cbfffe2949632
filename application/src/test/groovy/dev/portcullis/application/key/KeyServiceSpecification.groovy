package dev.portcullis.application.key

import dev.portcullis.application.fakes.FakeKeyMaker
import dev.portcullis.application.fakes.FakeKeyRepository
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm
import dev.portcullis.domain.key.SigningKey
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

/** The fakes every key spec runs over: storage that starts empty, a counting key maker, and one key ring. */
abstract class KeyServiceSpecification extends Specification {

    static final Instant START = Instant.parse('2030-01-01T00:00:00Z')
    static final KeySetName MINE = new KeySetName('my-keys')

    MutableClock clock = new MutableClock(START)
    FakeKeyRepository keys = new FakeKeyRepository()
    FakeKeyMaker maker = new FakeKeyMaker()
    KeyRing keyRing = new KeyRing(keys, clock)

    /** Stores a new key in {@code set}, a second after the clock's current time so that it is the newest. */
    SigningKey storeKey(KeySetName set, SigningAlgorithm algorithm = SigningAlgorithm.ES256) {
        clock.advance(Duration.ofSeconds(1))
        def key = maker.generate(set, algorithm, clock.instant())
        assert keys.add(key)
        key
    }

    List<String> kids(KeySetName set) {
        keys.findSet(set)*.kid()*.value()
    }
}

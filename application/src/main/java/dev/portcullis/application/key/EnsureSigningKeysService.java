package dev.portcullis.application.key;

import dev.portcullis.application.port.KeyMaker;
import dev.portcullis.application.port.KeyRepository;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningAlgorithm;

import java.time.Clock;
import java.util.Map;

public final class EnsureSigningKeysService implements EnsureSigningKeysUseCase {

    private final KeyRepository keys;
    private final KeyMaker maker;
    private final KeyRing keyRing;
    private final Map<KeySetName, SigningAlgorithm> algorithms;
    private final Clock clock;

    /** @param algorithms the algorithm of the first key of each set the server signs with */
    public EnsureSigningKeysService(KeyRepository keys, KeyMaker maker, KeyRing keyRing,
                                    Map<KeySetName, SigningAlgorithm> algorithms, Clock clock) {
        this.keys = keys;
        this.maker = maker;
        this.keyRing = keyRing;
        this.algorithms = Map.copyOf(algorithms);
        this.clock = clock;
    }

    @Override
    public int ensure() {
        int generated = 0;
        for (Map.Entry<KeySetName, SigningAlgorithm> entry : algorithms.entrySet()) {
            if (keys.findSet(entry.getKey()).isEmpty()) {
                keys.add(maker.generate(entry.getKey(), entry.getValue(), clock.instant()));
                keyRing.forget(entry.getKey());
                generated++;
            }
        }
        return generated;
    }
}

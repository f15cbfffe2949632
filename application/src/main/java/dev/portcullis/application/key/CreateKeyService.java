package dev.portcullis.application.key;

import dev.portcullis.application.port.KeyMaker;
import dev.portcullis.application.port.KeyRepository;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningAlgorithm;
import dev.portcullis.domain.key.SigningKey;

import java.time.Clock;
import java.util.List;

public final class CreateKeyService implements CreateKeyUseCase {

    private final KeyRepository keys;
    private final KeyMaker maker;
    private final KeyRing keyRing;
    private final Clock clock;

    public CreateKeyService(KeyRepository keys, KeyMaker maker, KeyRing keyRing, Clock clock) {
        this.keys = keys;
        this.maker = maker;
        this.keyRing = keyRing;
        this.clock = clock;
    }

    @Override
    public PublicKeys create(CreateKeyCommand command) {
        if (!KeySetName.isWellFormed(command.set())) {
            throw OAuthException.invalidRequest("a key set name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        SigningAlgorithm algorithm = SigningAlgorithm.fromWireName(command.algorithm())
                .orElseThrow(() -> OAuthException.invalidRequest("alg must be RS256 or ES256"));
        if (!"sig".equals(command.use())) {
            throw OAuthException.invalidRequest("use must be sig: this server only makes signing keys");
        }
        KeySetName set = new KeySetName(command.set());
        SigningKey key = maker.generate(set, algorithm, clock.instant());
        if (!keys.add(key)) {
            throw new IllegalStateException("a freshly generated kid already exists: the randomness source is broken");
        }
        keyRing.forget(set);
        return PublicKeys.of(List.of(key));
    }
}

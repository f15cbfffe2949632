package dev.portcullis.application.client

import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.application.fakes.FakeSecretHasher
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.port.ClientRepository
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId
import spock.lang.Specification

import java.time.Instant

/**
 * The fakes every client service spec runs over. Spock makes a new instance per feature, so each feature
 * gets its own clock, randomness, hasher and repository, and every service a feature builds shares them.
 */
abstract class ClientServiceSpecification extends Specification {

    static final String WEB_CALLBACK = 'https://app.example.com/callback'

    MutableClock clock = new MutableClock(Instant.parse('2030-01-01T00:00:00Z'))
    FakeRandomness randomness = new FakeRandomness()
    FakeSecretHasher hasher = new FakeSecretHasher()

    /** A feature may swap in another repository (e.g. a {@code StaleOnceClientRepository}) before it registers. */
    ClientRepository repository = new FakeClientRepository()

    /** Built afresh on each use, so that it works on whichever repository the feature has in place. */
    CreateClientService getCreate() {
        new CreateClientService(repository, hasher, randomness, clock)
    }

    Map<String, Object> register(Map<String, Object> fields) {
        create.create(new ClientDocument(fields)).fields()
    }

    Client stored(String id) {
        repository.find(new ClientId(id)).orElseThrow()
    }
}

package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.application.client.ClientUpdate
import dev.portcullis.application.client.CreateClientService
import dev.portcullis.application.client.GetClientService
import dev.portcullis.application.client.RotateClientSecretService
import dev.portcullis.application.client.UpdateClientService
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
 * The Hydra v2 client JSON of the admin API, end to end but without HTTP: a document is read member by member
 * ({@link ClientJson}), mapped to the domain ({@link HydraClients}), handled by the real client use cases over
 * the application's fakes, and answered as the admin API answers it. Spock makes a new instance per feature,
 * so each feature gets its own clock, randomness, hasher and repository.
 */
abstract class HydraClientSpecification extends Specification {

    static final String WEB_CALLBACK = 'https://app.example.com/callback'

    MutableClock clock = new MutableClock(Instant.parse('2030-01-01T00:00:00Z'))
    FakeRandomness randomness = new FakeRandomness()
    FakeSecretHasher hasher = new FakeSecretHasher()

    /** A feature may swap in another repository (e.g. a {@code StaleOnceClientRepository}) before it registers. */
    ClientRepository repository = new FakeClientRepository()

    /** Registers the client the document describes, as POST /admin/clients does. */
    Map<String, Object> register(Map<String, Object> fields) {
        HydraClientsForSpecs.map(new CreateClientService(repository, hasher, randomness, clock)
                .create(HydraClientsForSpecs.registration(fields)))
    }

    /** Reads a client, as GET /admin/clients/{id} does. */
    Map<String, Object> read(String id) {
        HydraClientsForSpecs.map(HydraClients.body(new GetClientService(repository).get(id)))
    }

    /** Replaces a client's document, as PUT /admin/clients/{id} does. */
    Map<String, Object> replace(String id, Map<String, Object> fields) {
        HydraClientsForSpecs.map(new UpdateClientService(repository, hasher, randomness, clock)
                .update(new ClientUpdate(id, { current -> HydraClientsForSpecs.registration(fields) })))
    }

    /** Patches a client with an RFC 6902 document given as plain values, as PATCH /admin/clients/{id} does. */
    Map<String, Object> patch(String id, Object operations) {
        ClientJsonPatch patch = ClientJsonPatch.parse(ClientJson.toJson(operations))
        patch.refuseChangesTo(['client_id', 'created_at'])
        HydraClientsForSpecs.map(new UpdateClientService(repository, hasher, randomness, clock)
                .update(new ClientUpdate(id, patch.change(HydraClientsForSpecs.&document))))
    }

    /** Rotates a client's secret, as POST /admin/clients/{id}/secret does. */
    Map<String, Object> rotate(String id) {
        HydraClientsForSpecs.map(new RotateClientSecretService(repository, hasher, randomness, clock).rotate(id))
    }

    Client stored(String id) {
        repository.find(new ClientId(id)).orElseThrow()
    }
}

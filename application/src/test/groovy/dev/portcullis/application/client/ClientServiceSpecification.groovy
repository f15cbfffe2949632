package dev.portcullis.application.client

import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.application.fakes.FakeSecretHasher
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.port.ClientQuery
import dev.portcullis.application.port.ClientRepository
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.ClientMetadata
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.HashedSecret
import spock.lang.Specification

import java.time.Instant

/**
 * The fakes every client service spec runs over. Spock makes a new instance per feature, so each feature
 * gets its own clock, randomness, hasher and repository, and every service a feature builds shares them.
 * Registrations are typed commands built from the domain's {@link Clients} fixtures; how a surface spells
 * them (RFC 7591, Hydra's JSON, JSON Patch) is the REST adapter's business and its specs'.
 */
abstract class ClientServiceSpecification extends Specification {

    static final Instant START = Instant.parse('2030-01-01T00:00:00Z')
    /** The redirect URI of {@link Clients#webApp()}. */
    static final String WEB_CALLBACK = 'https://app.example.com/callback'

    MutableClock clock = new MutableClock(START)
    FakeRandomness randomness = new FakeRandomness()
    FakeSecretHasher hasher = new FakeSecretHasher()

    /** A feature may swap in another repository (e.g. a {@code StaleOnceClientRepository}) before it registers. */
    ClientRepository repository = new FakeClientRepository()

    /** Built afresh on each use, so that it works on whichever repository the feature has in place. */
    CreateClientService getCreate() {
        new CreateClientService(repository, hasher, randomness, clock)
    }

    /** A confidential client using a secret with the client credentials grant. */
    static ClientMetadata.Builder machine() {
        Clients.confidential()
    }

    /** A confidential client that proves itself with a key, so holds no secret. */
    static ClientMetadata.Builder keyHolder() {
        Clients.confidential().tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwksUri(Optional.of(URI.create('https://app.example.com/jwks.json')))
    }

    /**
     * What a surface asks the client to be: {@code metadata}, under {@code id} unless it is null (a generated
     * one), with a chosen {@code secret} unless it is null.
     */
    static ClientRegistration registration(ClientMetadata.Builder metadata, String id = null, String secret = null) {
        new ClientRegistration(Optional.ofNullable(id).map { new ClientId(it) }, Optional.ofNullable(secret), metadata.build())
    }

    RegisteredClient register(ClientMetadata.Builder metadata, String id = null, String secret = null) {
        create.create(registration(metadata, id, secret))
    }

    /** The secret a registration or change generated and returned, in the clear. */
    static String newSecretOf(RegisteredClient registered) {
        registered.newSecret().orElseThrow().value()
    }

    Client stored(String id) {
        repository.find(new ClientId(id)).orElseThrow()
    }

    Optional<HashedSecret> storedHash(String id) {
        stored(id).secretHash()
    }

    long storedCount() {
        repository.list(new ClientQuery(Optional.empty(), Optional.empty(), Optional.empty(), 500)).totalCount()
    }

    /** The hash the fake hasher makes of a secret the server generated. */
    static HashedSecret generatedHash(String secret) {
        new HashedSecret('fake-generated:' + secret)
    }

    /** The hash the fake hasher makes of a secret someone chose. */
    static HashedSecret chosenHash(String secret) {
        new HashedSecret('fake-chosen:' + secret)
    }
}

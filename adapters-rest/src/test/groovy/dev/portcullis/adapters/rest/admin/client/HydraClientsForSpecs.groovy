package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.application.client.CreateClientUseCase
import dev.portcullis.application.client.RegisteredClient
import io.micronaut.serde.ObjectMapper

/**
 * Registers clients from Hydra client JSON the way the admin API does (read member by member, mapped to the
 * domain, created through the real use case), for specs that need a client without going through HTTP.
 */
final class HydraClientsForSpecs {

    private static final ObjectMapper JSON = ObjectMapper.getDefault()

    private HydraClientsForSpecs() {
    }

    /** The client's Hydra document as the admin API answers it, with {@code client_secret} when it has one. */
    static Map<String, Object> create(CreateClientUseCase createClient, Map<String, Object> document) {
        map(HydraClients.body(createClient.create(registration(document))))
    }

    static dev.portcullis.application.client.ClientRegistration registration(Map<String, Object> document) {
        HydraClients.registration(ClientJson.read(ClientJson.toJson(document)))
    }

    static Map<String, Object> map(HydraClientBody body) {
        JSON.readValue(JSON.writeValueAsString(body), Map) as Map<String, Object>
    }

    static Map<String, Object> map(RegisteredClient registered) {
        map(HydraClients.body(registered))
    }

    /** A client's document as a patch sees it: what a GET answers, as JSON-P. */
    static jakarta.json.JsonValue document(dev.portcullis.domain.client.Client client) {
        ClientJson.parse(JSON.writeValueAsString(HydraClients.body(client)))
    }
}

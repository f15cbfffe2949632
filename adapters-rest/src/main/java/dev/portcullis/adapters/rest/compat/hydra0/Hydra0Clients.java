package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.admin.client.ClientJson;
import dev.portcullis.adapters.rest.admin.client.HydraClients;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.client.ClientRegistration;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Optional;

/** Between the early client body and Hydra v2's, whose reading the domain's rules already check. */
final class Hydra0Clients {

    private static final String NONE = "none";

    private Hydra0Clients() {
    }

    /**
     * What an early or 1.x body asks for: {@code id} stands for {@code client_id}, and {@code public: true} for
     * {@code token_endpoint_auth_method: none}. Saying both ways, they must agree.
     *
     * @throws OAuthException {@code invalid_client_metadata} when they do not, or as Hydra v2's body would be refused
     */
    static ClientRegistration registration(String body) {
        JsonValue value = ClientJson.parse(body);
        JsonMembers in = JsonMembers.of(value, ErrorCode.INVALID_CLIENT_METADATA, "client metadata");
        Optional<String> id = in.string("id").filter(text -> !text.isEmpty());
        Optional<String> clientId = in.string("client_id").filter(text -> !text.isEmpty());
        Optional<Boolean> isPublic = in.bool("public");
        Optional<String> method = in.string("token_endpoint_auth_method").filter(text -> !text.isEmpty());
        if (id.isPresent() && clientId.isPresent() && !id.equals(clientId)) {
            throw OAuthException.invalidClientMetadata("id and client_id name different clients");
        }
        if (isPublic.isPresent() && method.isPresent() && isPublic.get() != method.get().equals(NONE)) {
            throw OAuthException.invalidClientMetadata(isPublic.get()
                    ? "public is true, but token_endpoint_auth_method is not none"
                    : "public is false, but token_endpoint_auth_method is none");
        }
        JsonObjectBuilder translated = Json.createObjectBuilder(value.asJsonObject()).remove("id").remove("public");
        id.ifPresent(text -> translated.add("client_id", text));
        if (isPublic.orElse(false) && method.isEmpty()) {
            translated.add("token_endpoint_auth_method", NONE);
        }
        return HydraClients.registration(ClientJson.read(translated.build()));
    }
}

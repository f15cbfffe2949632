package dev.portcullis.adapters.rest.admin.client;

import dev.portcullis.adapters.rest.http.JsonPatch;
import dev.portcullis.application.client.ClientChange;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.error.OAuthException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.function.Function;

/**
 * An RFC 6902 JSON Patch of a client's Hydra document ({@link JsonPatch}). Bounded: a patch of at most
 * {@link #MAX_OPERATIONS} operations whose every intermediate document stays under {@link #MAX_RESULT_LENGTH}
 * characters, so that repeated {@code copy} operations cannot double a document into memory exhaustion.
 */
final class ClientJsonPatch {

    static final int MAX_OPERATIONS = 256;
    /** The request size limit: no patched client is larger than a client one could register. */
    static final int MAX_RESULT_LENGTH = 1024 * 1024;

    private final JsonPatch patch;

    private ClientJsonPatch(JsonPatch patch) {
        this.patch = patch;
    }

    /**
     * Reads a patch document: an array of operation objects.
     *
     * @throws OAuthException {@code invalid_request} when it is not a well-formed patch, or too long
     */
    static ClientJsonPatch parse(JsonValue document) {
        return new ClientJsonPatch(JsonPatch.parse(document, MAX_OPERATIONS, MAX_RESULT_LENGTH));
    }

    /** @throws OAuthException {@code invalid_request} when an operation would change one of {@code members} */
    void refuseChangesTo(List<String> members) {
        for (String member : members) {
            if (touches(member)) {
                throw OAuthException.invalidRequest("a patch must not change " + member);
            }
        }
    }

    /**
     * The change this patch makes to a client: applied to the client's document as {@code document} renders it,
     * read back as a registration like any client JSON.
     */
    ClientChange change(Function<Client, JsonValue> document) {
        return current -> HydraClients.registration(ClientJson.read(applyToObject(document.apply(current).asJsonObject())));
    }

    /** Whether any operation writes to, removes or moves away the top-level {@code member}, or something inside it. */
    boolean touches(String member) {
        return patch.touches(member);
    }

    /** The patched copy of {@code document}, which must still be an object. @throws OAuthException {@code invalid_request} */
    JsonObject applyToObject(JsonObject document) {
        return patch.applyToObject(document);
    }

    /** The patched copy of {@code document}. @throws OAuthException {@code invalid_request} */
    JsonValue apply(JsonObject document) {
        return patch.apply(document);
    }
}

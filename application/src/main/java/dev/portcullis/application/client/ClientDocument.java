package dev.portcullis.application.client;

import dev.portcullis.domain.client.JsonDocument;

import java.util.Map;

/**
 * A client as an RFC 7591 metadata document: a JSON object with the snake_case member names of RFC 7591
 * and ORY Hydra ({@code client_id}, {@code redirect_uris}, {@code scope} as a space-separated string, …),
 * held as plain Java values. This is what the client use cases read and return, so that every inbound
 * adapter and JSON Patch see the same names.
 */
public record ClientDocument(Map<String, Object> fields) {

    public ClientDocument {
        fields = new JsonDocument(fields).members();
    }

    @Override
    public String toString() {
        return "ClientDocument" + fields.keySet();
    }
}

package dev.portcullis.application.client;

import java.util.Objects;

/** A new document for an existing client, replacing all of its metadata. */
public record ClientReplacement(String clientId, ClientDocument document) {

    public ClientReplacement {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(document, "document");
    }
}

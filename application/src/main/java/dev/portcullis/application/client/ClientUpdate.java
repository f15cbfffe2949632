package dev.portcullis.application.client;

import java.util.Objects;

/**
 * An RFC 6902 JSON Patch for a client's metadata document.
 *
 * @param operations the patch document as parsed JSON: a list of operation objects
 */
public record ClientPatch(String clientId, Object operations) {

    public ClientPatch {
        Objects.requireNonNull(clientId, "clientId");
    }
}

package dev.portcullis.application.port;

import dev.portcullis.domain.client.JsonDocument;

import java.net.URI;
import java.util.Optional;

/**
 * Documents clients publish at URLs they name: request objects passed by reference (RFC 9101 §5.2) and JWK Sets
 * ({@code jwks_uri}, RFC 7591 §2). The server fetches them on a client's word, so the fetch is bounded (a short
 * timeout, a size limit, {@code http} and {@code https} only, no redirects) and refuses hosts on loopback,
 * private or link-local addresses unless the operator allowed them: otherwise any client could make the server
 * reach into its own network. A call blocks for at most the timeout: make it off the event loop. Nothing here
 * throws for a URL that is refused, unreachable or answers with anything but 200.
 */
public interface RemoteDocuments {

    /** The body of {@code uri} as UTF-8 text; empty when it cannot be had within the bounds. */
    Optional<String> text(URI uri);

    /** The JSON object at {@code uri}; empty when it cannot be had within the bounds or is not one. */
    Optional<JsonDocument> json(URI uri);
}

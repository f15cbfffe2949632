package dev.portcullis.application.port;

import dev.portcullis.domain.client.JsonDocument;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches the small documents that clients publish at URLs they name: request objects passed by reference
 * ({@code request_uri}, RFC 9101 §5.2), JWK Sets ({@code jwks_uri}, RFC 7591 §2), sector identifier documents
 * ({@code sector_identifier_uri}, OpenID Connect Registration §5). Nothing here throws for a bad URL or answer.
 *
 * <p>The server fetches them on a client's word, so an implementation bounds every fetch in time and size, does
 * not follow redirects, and refuses hosts on loopback, private or link-local addresses unless it was configured to
 * allow them: otherwise a client could make the server read its own network. A call blocks the calling thread for
 * at most the time bound: make it off the event loop.
 */
public interface RemoteDocuments {

    /**
     * The body of {@code uri} as UTF-8 text.
     *
     * @return empty when the URL is not allowed or the document could not be fetched: no 200 answer, too slow, too
     *         large
     */
    Optional<String> text(URI uri);

    /**
     * The JSON value at {@code uri}: a {@code Map<String, Object>} for an object, a {@code List<Object>} for an
     * array, or a string, number or boolean.
     *
     * @return empty as for {@link #text}, and when the body is not JSON
     */
    Optional<Object> fetchJson(URI uri);

    /** The JSON object at {@code uri}; empty as for {@link #fetchJson}, and when the value is not an object. */
    default Optional<JsonDocument> json(URI uri) {
        return fetchJson(uri).filter(Map.class::isInstance).map(document -> {
            Map<String, Object> members = new LinkedHashMap<>();
            ((Map<?, ?>) document).forEach((name, value) -> members.put(String.valueOf(name), value));
            return new JsonDocument(members);
        });
    }
}

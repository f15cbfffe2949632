package dev.portcullis.application.port;

import java.net.URI;
import java.util.Optional;

/**
 * Fetches the small JSON documents that clients publish at URLs they registered: a {@code jwks_uri} (RFC 7591 §2),
 * a {@code sector_identifier_uri} (OpenID Connect Registration §5). Nothing here throws for a bad URL or answer.
 *
 * <p>An implementation bounds every fetch in time and size, does not follow redirects, and refuses hosts that are
 * loopback, private or link-local unless it was configured to allow them, so that a registrant cannot make the
 * server read its own network. It blocks the calling thread for at most its time bound.
 */
public interface RemoteDocuments {

    /**
     * The JSON value at {@code uri}: a {@code Map<String, Object>} for an object, a {@code List<Object>} for an
     * array, or a string, number or boolean.
     *
     * @return empty when the URL is not allowed or the document could not be fetched or read: no 200 answer, too
     *         slow, too large, or not JSON
     */
    Optional<Object> fetchJson(URI uri);
}

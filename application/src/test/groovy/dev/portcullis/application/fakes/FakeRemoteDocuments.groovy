package dev.portcullis.application.fakes

import dev.portcullis.application.port.RemoteDocuments
import dev.portcullis.domain.client.JsonDocument

/**
 * The web as a map from URL to body: a URL that is not in it cannot be fetched. Counts fetches per URL, so that
 * specs can see what was cached.
 */
class FakeRemoteDocuments implements RemoteDocuments {

    final Map<URI, Object> documents = [:]
    final Map<URI, Integer> fetches = [:].withDefault { 0 }

    Optional<String> text(URI uri) {
        fetches[uri]++
        Optional.ofNullable(documents[uri]).filter(String).map { it as String }
    }

    Optional<JsonDocument> json(URI uri) {
        fetches[uri]++
        Optional.ofNullable(documents[uri]).filter(Map).map { new JsonDocument(it as Map<String, Object>) }
    }
}

package dev.portcullis.application.fakes

import dev.portcullis.application.port.RemoteDocuments

/**
 * The web as a map from URL to body, set by the spec: a URL that is not in it cannot be fetched. A String is a
 * text body; anything else is a JSON value. Counts fetches per URL, so that specs can see what was cached.
 */
class FakeRemoteDocuments implements RemoteDocuments {

    final Map<URI, Object> documents = [:]
    final Map<URI, Integer> fetches = [:].withDefault { 0 }

    synchronized Optional<String> text(URI uri) {
        fetches[uri] = fetches[uri] + 1
        Optional.ofNullable(documents[uri]).filter(String).map { it as String }
    }

    synchronized Optional<Object> fetchJson(URI uri) {
        fetches[uri] = fetches[uri] + 1
        Optional.ofNullable(documents[uri]).filter { !(it instanceof String) }
    }
}

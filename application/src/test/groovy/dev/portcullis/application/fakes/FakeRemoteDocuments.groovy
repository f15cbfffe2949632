package dev.portcullis.application.fakes

import dev.portcullis.application.port.RemoteDocuments

/** Documents by URL, set by the spec; every fetch is counted, and an unknown URL fetches nothing. */
class FakeRemoteDocuments implements RemoteDocuments {

    final Map<URI, Object> documents = [:]
    final Map<URI, Integer> fetches = [:].withDefault { 0 }

    synchronized Optional<Object> fetchJson(URI uri) {
        fetches[uri] = fetches[uri] + 1
        Optional.ofNullable(documents[uri])
    }
}

package dev.portcullis.application.registration;

import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.error.OAuthException;

import java.net.URI;
import java.util.List;

/**
 * OpenID Connect Registration §5: the document at a client's {@code sector_identifier_uri} is a JSON array of
 * URIs that holds every redirect URI the client registers. It is fetched at every registration and change.
 */
final class SectorIdentifiers {

    private final RemoteDocuments documents;

    SectorIdentifiers(RemoteDocuments documents) {
        this.documents = documents;
    }

    /** @throws OAuthException {@code invalid_client_metadata} when the document cannot be read or lacks a redirect URI */
    void check(ClientMetadata metadata) {
        if (metadata.sectorIdentifierUri().isEmpty()) {
            return;
        }
        URI uri = metadata.sectorIdentifierUri().get();
        Object document = documents.fetchJson(uri).orElseThrow(() -> OAuthException.invalidClientMetadata(
                "sector_identifier_uri could not be fetched as a JSON document"));
        if (!(document instanceof List<?> listed) || !listed.stream().allMatch(String.class::isInstance)) {
            throw OAuthException.invalidClientMetadata("sector_identifier_uri must name a JSON array of URIs");
        }
        for (RedirectUri redirect : metadata.redirectUris()) {
            if (!listed.contains(redirect.toString())) {
                throw OAuthException.invalidClientMetadata("the document at sector_identifier_uri does not list every redirect URI");
            }
        }
    }
}

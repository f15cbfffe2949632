package dev.portcullis.adapters.rest.oauth.discovery;

import dev.portcullis.application.discovery.ServerMetadata;

/**
 * What one endpoint or feature adds to the discovery documents (RFC 8414, OpenID Connect Discovery 1.0): its
 * URL and the capabilities it has. Each is a bean next to the endpoint it describes, so the discovery
 * controller lists nothing of its own and a new endpoint describes itself.
 */
public interface DiscoveryContribution {

    /** Adds this endpoint's metadata, given what the core serves. */
    void contribute(ServerMetadata server, DiscoveryDocument document);
}

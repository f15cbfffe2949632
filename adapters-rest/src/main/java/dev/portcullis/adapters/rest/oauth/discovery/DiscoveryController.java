package dev.portcullis.adapters.rest.oauth.discovery;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.application.discovery.GetServerMetadataUseCase;
import dev.portcullis.application.discovery.ServerMetadata;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/**
 * The discovery documents (RFC 8414, OpenID Connect Discovery 1.0), assembled from what each endpoint
 * contributes: they advertise only what this build serves. Both read only cached state, so they run on the
 * event loop.
 */
@Controller("/.well-known")
@Tag(name = ApiTags.OAUTH)
final class DiscoveryController {

    private final GetServerMetadataUseCase metadata;
    private final List<DiscoveryContribution> contributions;

    DiscoveryController(GetServerMetadataUseCase metadata, List<DiscoveryContribution> contributions) {
        this.metadata = metadata;
        this.contributions = List.copyOf(contributions);
    }

    @Get("/openid-configuration")
    DiscoveryDocument openIdConfiguration() {
        return document();
    }

    @Get("/oauth-authorization-server")
    DiscoveryDocument authorizationServer() {
        return document();
    }

    private DiscoveryDocument document() {
        ServerMetadata server = metadata.get();
        DiscoveryDocument document = new DiscoveryDocument(server.issuer())
                .core(server.grantTypes(), List.of("public"), server.idTokenSigningAlgs());
        for (DiscoveryContribution contribution : contributions) {
            contribution.contribute(server, document);
        }
        return document;
    }
}

package dev.portcullis.adapters.rest.oauth.jwks;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.application.key.GetPublicKeysUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;

/** The public keys of the server's key sets (RFC 7517), for verifying its tokens; cached state, on the event loop. */
@Controller(JwksController.PATH)
@Tag(name = ApiTags.OAUTH)
final class JwksController {

    static final String PATH = "/.well-known/jwks.json";

    private final GetPublicKeysUseCase publicKeys;

    JwksController(GetPublicKeysUseCase publicKeys) {
        this.publicKeys = publicKeys;
    }

    @Get
    JwksBody jwks() {
        return JwksBody.from(publicKeys.get());
    }

    @Singleton
    static final class Metadata implements DiscoveryContribution {
        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            document.jwksUri(PATH);
        }
    }
}

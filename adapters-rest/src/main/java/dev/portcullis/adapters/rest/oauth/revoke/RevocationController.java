package dev.portcullis.adapters.rest.oauth.revoke;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.ClientCredentialsReader;
import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.http.FormParameters;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.application.token.RevokeTokenCommand;
import dev.portcullis.application.token.RevokeTokenUseCase;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** RFC 7009 token revocation: 200 with an empty body whether or not the token was known. */
@Controller(RevocationController.PATH)
@Tag(name = ApiTags.OAUTH)
final class RevocationController {

    static final String PATH = "/oauth2/revoke";

    private final RevokeTokenUseCase revoke;
    private final EndpointThreads threads;

    RevocationController(RevokeTokenUseCase revoke, EndpointThreads threads) {
        this.revoke = revoke;
        this.threads = threads;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ApiResponse(responseCode = "200", description = "the token is revoked, or was not a token of this server: no body",
            content = @Content(schema = @Schema(implementation = Void.class)))
    CompletableFuture<HttpResponse<?>> revoke(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, String> form = FormParameters.parse(body);
        String token = form.get("token");
        if (token == null || token.isEmpty()) {
            throw OAuthException.invalidRequest("the token parameter is required");
        }
        RevokeTokenCommand command = new RevokeTokenCommand(ClientCredentialsReader.read(request, form), token);
        return threads.run(() -> {
            revoke.revoke(command);
            return HttpResponse.ok();
        });
    }

    /** The revocation endpoint takes the token endpoint's client authentication. */
    @Singleton
    static final class Metadata implements DiscoveryContribution {
        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            document.revocationEndpoint(PATH, server.tokenEndpointAuthMethods());
        }
    }
}

package dev.portcullis.adapters.rest.oauth.revoke;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.ClientFormEndpoint;
import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.application.token.RevokeTokenCommand;
import dev.portcullis.application.token.RevokeTokenUseCase;
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

import java.util.concurrent.CompletableFuture;

/** RFC 7009 token revocation: 200 with an empty body whether or not the token was known. */
@Controller(RevocationController.PATH)
@Tag(name = ApiTags.OAUTH)
final class RevocationController {

    static final String PATH = "/oauth2/revoke";

    private final ClientFormEndpoint<HttpResponse<?>> endpoint;

    RevocationController(RevokeTokenUseCase revoke, EndpointThreads threads) {
        this.endpoint = new ClientFormEndpoint<>(threads, form -> {
            revoke.revoke(new RevokeTokenCommand(form.credentials(), form.required("token")));
            return HttpResponse.ok();
        });
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ApiResponse(responseCode = "200", description = "the token is revoked, or was not a token of this server: no body",
            content = @Content(schema = @Schema(implementation = Void.class)))
    CompletableFuture<HttpResponse<?>> revoke(HttpRequest<?> request, @Nullable @Body String body) {
        return endpoint.answer(request, body);
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

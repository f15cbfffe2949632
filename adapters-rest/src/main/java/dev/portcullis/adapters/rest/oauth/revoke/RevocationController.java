package dev.portcullis.adapters.rest.oauth;

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

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** RFC 7009 token revocation: 200 with an empty body whether or not the token was known. */
@Controller("/oauth2/revoke")
final class RevocationController {

    private final RevokeTokenUseCase revoke;
    private final EndpointThreads threads;

    RevocationController(RevokeTokenUseCase revoke, EndpointThreads threads) {
        this.revoke = revoke;
        this.threads = threads;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    CompletableFuture<HttpResponse<Void>> revoke(HttpRequest<?> request, @Nullable @Body String body) {
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
}

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;

/** RFC 7009 token revocation: 200 with an empty body whether or not the token was known. */
@Controller("/oauth2/revoke")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RevocationController {

    private final RevokeTokenUseCase revoke;

    RevocationController(RevokeTokenUseCase revoke) {
        this.revoke = revoke;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<Void> revoke(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, String> form = FormParameters.parse(body);
        String token = form.get("token");
        if (token == null || token.isEmpty()) {
            throw OAuthException.invalidRequest("the token parameter is required");
        }
        revoke.revoke(new RevokeTokenCommand(ClientCredentialsReader.read(request, form), token));
        return HttpResponse.ok();
    }
}

package dev.portcullis.adapters.rest.compat.auth0;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.ClientFormEndpoint;
import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.http.MultipartFormParameters;
import dev.portcullis.adapters.rest.oauth.token.TokenController;
import dev.portcullis.adapters.rest.oauth.token.TokenResponseBody;
import dev.portcullis.application.token.IssueTokenUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.concurrent.CompletableFuture;

/**
 * Auth0's {@code POST /oauth/token}: the token endpoint's form (urlencoded, or multipart for SailPoint's SDKs) and
 * use case on Auth0's path. Auth0's
 * {@code OAuthToken} has the members of RFC 6749's token response, and errors are RFC 6749's JSON, as Auth0
 * answers them.
 */
@Controller("/oauth/token")
@Requires(property = Auth0.ENABLED, notEquals = "false")
@Tag(name = ApiTags.AUTH0)
final class Auth0TokenController {

    private final ClientFormEndpoint<TokenResponseBody> endpoint;

    Auth0TokenController(IssueTokenUseCase issue, EndpointThreads threads) {
        this.endpoint = TokenController.endpoint(issue, threads);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    CompletableFuture<TokenResponseBody> token(HttpRequest<?> request, @Nullable @Body String body) {
        return endpoint.answer(request, body);
    }

    /**
     * The same request as {@code multipart/form-data}, the way SailPoint's SDKs post their client credentials to
     * {@code /oauth/token}. Only here: the discovered {@code /oauth2/token} takes the form RFC 6749 §3.2 names.
     */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    CompletableFuture<TokenResponseBody> multipartToken(HttpRequest<?> request, @Nullable @Body byte[] body) {
        return endpoint.answer(request, MultipartFormParameters.urlEncoded(request.getContentType(), body));
    }
}

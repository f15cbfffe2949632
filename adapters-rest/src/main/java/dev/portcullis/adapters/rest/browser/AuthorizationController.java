package dev.portcullis.adapters.rest.browser;

import dev.portcullis.application.authorization.AuthorizeUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The authorization endpoint (RFC 6749 §3.1, OIDC Core §3.1.2), by GET with a query or POST with a form. */
@Controller("/oauth2/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthorizationController {

    private final AuthorizeUseCase authorize;
    private final BrowserResponses responses;
    private final String endpoint;

    AuthorizationController(AuthorizeUseCase authorize, BrowserResponses responses,
                            @Value("${portcullis.issuer:http://localhost:4444}") String issuer) {
        this.authorize = authorize;
        this.responses = responses;
        this.endpoint = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/oauth2/auth";
    }

    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return handle(request, query, query == null ? endpoint : endpoint + "?" + query);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> post(HttpRequest<?> request, @Nullable @Body String body) {
        return handle(request, body, endpoint);
    }

    private MutableHttpResponse<?> handle(HttpRequest<?> request, String encoded, String url) {
        return responses.answer(request, encoded, url, authorize::authorize);
    }
}

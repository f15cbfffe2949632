package dev.portcullis.adapters.rest.browser;

import dev.portcullis.application.authorization.AuthorizeUseCase;
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

    private static final String PATH = "/oauth2/auth";

    private final AuthorizeUseCase authorize;
    private final BrowserResponses responses;

    AuthorizationController(AuthorizeUseCase authorize, BrowserResponses responses) {
        this.authorize = authorize;
        this.responses = responses;
    }

    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request) {
        return responses.answerQuery(request, PATH, authorize::authorize);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> post(HttpRequest<?> request, @Nullable @Body String body) {
        return responses.answerForm(request, body, PATH, authorize::authorize);
    }
}

package dev.portcullis.adapters.rest.browser;

import dev.portcullis.application.authorization.LogoutUseCase;
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

/** The end-session endpoint of OIDC RP-Initiated Logout 1.0, by GET or POST. */
@Controller("/oauth2/sessions/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
final class EndSessionController {

    private static final String PATH = "/oauth2/sessions/logout";

    private final LogoutUseCase logout;
    private final BrowserResponses responses;

    EndSessionController(LogoutUseCase logout, BrowserResponses responses) {
        this.logout = logout;
        this.responses = responses;
    }

    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request) {
        return responses.answerQuery(request, PATH, logout::logout);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> post(HttpRequest<?> request, @Nullable @Body String body) {
        return responses.answerForm(request, body, PATH, logout::logout);
    }
}

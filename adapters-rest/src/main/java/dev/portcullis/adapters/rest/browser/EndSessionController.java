package dev.portcullis.adapters.rest.browser;

import dev.portcullis.application.authorization.LogoutUseCase;
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

/** The end-session endpoint of OIDC RP-Initiated Logout 1.0, by GET or POST. */
@Controller("/oauth2/sessions/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
final class EndSessionController {

    private final LogoutUseCase logout;
    private final BrowserResponses responses;
    private final String endpoint;

    EndSessionController(LogoutUseCase logout, BrowserResponses responses, @Value("${portcullis.issuer:http://localhost:4444}") String issuer) {
        this.logout = logout;
        this.responses = responses;
        this.endpoint = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/oauth2/sessions/logout";
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
        return responses.answer(request, encoded, url, logout::logout);
    }
}

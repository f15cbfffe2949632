package dev.portcullis.adapters.rest.compat.auth0;

import dev.portcullis.adapters.rest.browser.BrowserEndpoint;
import dev.portcullis.adapters.rest.browser.BrowserResponses;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.application.authorization.AuthorizationDialect;
import dev.portcullis.application.authorization.AuthorizeUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Auth0's {@code GET /authorize}: the authorization endpoint read by Auth0's rules ({@link AuthorizationDialect#AUTH0}:
 * S256 only; an audience the client may not have is {@code access_denied}). {@code connection} reaches the login
 * app in the login request's {@code context}. The login and consent apps send the browser back to the
 * authorization endpoint, where the flow goes on as any other.
 */
@Controller(Auth0AuthorizeController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Auth0.ENABLED, notEquals = "false")
@Tag(name = ApiTags.AUTH0)
final class Auth0AuthorizeController {

    static final String PATH = "/authorize";

    private final BrowserEndpoint endpoint;

    Auth0AuthorizeController(AuthorizeUseCase authorize, BrowserResponses responses) {
        this.endpoint = responses.endpoint(PATH, request -> authorize.authorize(request, AuthorizationDialect.AUTH0));
    }

    @Get
    MutableHttpResponse<?> authorize(HttpRequest<?> request) {
        return endpoint.answerQuery(request);
    }
}

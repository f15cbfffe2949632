package dev.portcullis.adapters.rest.compat.auth0;

import dev.portcullis.adapters.rest.browser.BrowserEndpoint;
import dev.portcullis.adapters.rest.browser.BrowserResponses;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.application.authorization.LogoutAtOnce;
import dev.portcullis.application.authorization.LogoutAtOnceUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Auth0's {@code GET /v2/logout?client_id=…&returnTo=…}: ends the browser's login session without a confirmation
 * page, and sends the browser to {@code returnTo} only when it is one of that client's registered
 * {@code post_logout_redirect_uris}, otherwise to the logged-out page.
 */
@Controller("/v2/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Auth0.ENABLED, notEquals = "false")
@Tag(name = ApiTags.AUTH0)
final class Auth0LogoutController {

    private final BrowserEndpoint endpoint;

    Auth0LogoutController(LogoutAtOnceUseCase logout, BrowserResponses responses) {
        this.endpoint = responses.endpoint("/v2/logout", request -> logout.logout(
                new LogoutAtOnce(request, request.parameter("client_id"), request.parameter("returnTo"))));
    }

    @Get
    MutableHttpResponse<?> logout(HttpRequest<?> request) {
        return endpoint.answerQuery(request);
    }
}

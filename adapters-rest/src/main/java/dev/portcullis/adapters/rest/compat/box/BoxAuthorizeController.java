package dev.portcullis.adapters.rest.compat.box;

import dev.portcullis.adapters.rest.browser.BrowserEndpoint;
import dev.portcullis.adapters.rest.browser.BrowserResponses;
import dev.portcullis.adapters.rest.http.ApiTags;
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
 * Box's {@code GET /api/oauth2/authorize} and {@code GET /oauth2/authorize}: the standard authorization endpoint on
 * Box's paths, read by the standard rules. A Box app registered with {@code require_pkce: false} sends no PKCE, and
 * one with a single redirect URI may leave {@code redirect_uri} out (RFC 6749 §3.1.2.3). The login and consent apps
 * send the browser back to the path it came by, where the flow goes on as any other.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Box.ENABLED, notEquals = "false")
@Tag(name = ApiTags.BOX)
final class BoxAuthorizeController {

    static final String API_PATH = "/api/oauth2/authorize";
    static final String PATH = "/oauth2/authorize";

    private final BrowserEndpoint api;
    private final BrowserEndpoint plain;

    BoxAuthorizeController(AuthorizeUseCase authorize, BrowserResponses responses) {
        this.api = responses.endpoint(API_PATH, authorize::authorize);
        this.plain = responses.endpoint(PATH, authorize::authorize);
    }

    @Get(API_PATH)
    MutableHttpResponse<?> authorizeUnderApi(HttpRequest<?> request) {
        return api.answerQuery(request);
    }

    @Get(PATH)
    MutableHttpResponse<?> authorize(HttpRequest<?> request) {
        return plain.answerQuery(request);
    }
}

package dev.portcullis.adapters.rest.compat.authress;

import dev.portcullis.adapters.rest.browser.BrowserEndpoint;
import dev.portcullis.adapters.rest.browser.BrowserResponses;
import dev.portcullis.adapters.rest.error.ErrorResponses;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.application.authorization.AuthorizeUseCase;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * Authress's {@code GET /?client_id=…&code_challenge=…&redirect_uri=…}: an extension's login, the authorization code
 * flow with PKCE through the authorization use case, with what Authress implies and the request may leave out
 * ({@code response_type=code}, the {@code openid} scope and, as the seed's default, {@code code_challenge_method=S256}).
 * The login and consent apps send the browser back to the authorization endpoint, where the flow goes on as any other.
 * Without {@code client_id} the path stays what the server answers where it serves nothing: 404.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Authress.ENABLED, notEquals = "false")
@Tag(name = ApiTags.AUTHRESS)
final class AuthressLoginController {

    /** What an extension's login implies, in the order appended. */
    private static final List<Map.Entry<String, String>> IMPLIED = List.of(Map.entry("response_type", "code"),
            Map.entry("scope", "openid"), Map.entry("code_challenge_method", "S256"));
    private static final OAuthError NOTHING_HERE = new OAuthError(ErrorCode.NOT_FOUND, "no such resource");

    private final BrowserEndpoint endpoint;
    private final ErrorResponses errors;

    AuthressLoginController(AuthorizeUseCase authorize, BrowserResponses responses, ErrorResponses errors) {
        this.endpoint = responses.endpoint(Authress.LOGIN_PATH, authorize::authorize);
        this.errors = errors;
    }

    @Get(Authress.LOGIN_PATH)
    MutableHttpResponse<?> login(HttpRequest<?> request) {
        if (!request.getParameters().contains("client_id")) {
            return errors.of(request, HttpStatus.NOT_FOUND, NOTHING_HERE);
        }
        StringBuilder query = new StringBuilder(request.getUri().getRawQuery());
        for (Map.Entry<String, String> implied : IMPLIED) {
            if (!request.getParameters().contains(implied.getKey())) {
                query.append('&').append(implied.getKey()).append('=').append(implied.getValue());
            }
        }
        return endpoint.answerQuery(request, query.toString());
    }
}

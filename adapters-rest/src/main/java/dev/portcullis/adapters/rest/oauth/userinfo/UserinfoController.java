package dev.portcullis.adapters.rest.oauth;

import dev.portcullis.adapters.rest.error.ErrorStatuses;
import dev.portcullis.adapters.rest.error.OAuthErrorBody;
import dev.portcullis.application.userinfo.GetUserinfoUseCase;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;

/**
 * OIDC userinfo (OIDC Core §5.3) with a bearer token in the {@code Authorization} header, or in a POSTed form
 * (RFC 6750 §2.2). Errors carry the RFC 6750 §3 challenge.
 */
@Controller("/userinfo")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserinfoController {

    private static final String BEARER = "Bearer ";

    private final GetUserinfoUseCase userinfo;

    UserinfoController(GetUserinfoUseCase userinfo) {
        this.userinfo = userinfo;
    }

    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request) {
        return answer(headerToken(request), request.getHeaders().contains(HttpHeaders.AUTHORIZATION));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> post(HttpRequest<?> request, @Nullable @Body String body) {
        String fromHeader = headerToken(request);
        String fromBody = FormParameters.parse(body).get("access_token");
        if (fromHeader != null && fromBody != null) {
            return challenge(OAuthException.invalidRequest("send the access token once: in the header or the body"));
        }
        return answer(fromHeader != null ? fromHeader : fromBody, true);
    }

    private MutableHttpResponse<?> answer(String token, boolean sent) {
        if (token == null || token.isEmpty()) {
            return challenge(new OAuthException(ErrorCode.INVALID_TOKEN, sent
                    ? "the Authorization header is not a Bearer token" : "a bearer access token is required"));
        }
        try {
            Map<String, Object> claims = userinfo.userinfo(token);
            return HttpResponse.ok(claims).header(HttpHeaders.CACHE_CONTROL, "no-store");
        } catch (OAuthException e) {
            return challenge(e);
        }
    }

    private static MutableHttpResponse<?> challenge(OAuthException e) {
        ErrorCode code = e.error().code();
        String description = e.error().description().replace("\"", "'").replace("\\", "/");
        return HttpResponse.status(ErrorStatuses.of(code)).body(OAuthErrorBody.from(e.error()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"portcullis\", error=\"" + code.value()
                        + "\", error_description=\"" + description + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String headerToken(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).trim();
    }
}

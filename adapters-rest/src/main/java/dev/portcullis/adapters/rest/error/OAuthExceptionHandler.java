package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Renders the core's {@link OAuthException} as RFC 6749 error JSON with the status of {@link ErrorStatuses}.
 * A client that tried HTTP Basic and failed gets a Basic challenge (RFC 6749 §5.2).
 */
@Produces
@Singleton
final class OAuthExceptionHandler implements ExceptionHandler<OAuthException, HttpResponse<OAuthErrorBody>> {

    private static final String BASIC = "Basic";

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<OAuthErrorBody> handle(HttpRequest request, OAuthException exception) {
        ErrorCode code = exception.error().code();
        MutableHttpResponse<OAuthErrorBody> response = HttpResponse.<OAuthErrorBody>status(ErrorStatuses.of(code))
                .body(OAuthErrorBody.from(exception.error()));
        if (code.equals(ErrorCode.INVALID_CLIENT) && triedBasic(request)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"portcullis\", charset=\"UTF-8\"");
        }
        return response;
    }

    private static boolean triedBasic(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
    }
}

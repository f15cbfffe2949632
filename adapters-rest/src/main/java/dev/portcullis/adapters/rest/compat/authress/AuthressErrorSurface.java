package dev.portcullis.adapters.rest.compat.authress;

import dev.portcullis.adapters.rest.error.ErrorSurface;
import dev.portcullis.adapters.rest.http.Challenges;
import dev.portcullis.adapters.rest.http.ClientCredentialsReader;
import dev.portcullis.adapters.rest.http.NoStore;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * Errors on the surface's routes in Authress's shape ({@link AuthressErrorBody}), whatever the status, 429 from the
 * rate limiter included. {@code GET /} without {@code client_id} is not the surface's: it stays what the server
 * answers there without it.
 */
@Singleton
@Requires(property = Authress.ENABLED, notEquals = "false")
final class AuthressErrorSurface implements ErrorSurface {

    @Override
    public boolean owns(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals(Authress.EXTENSIONS_PATH) || path.startsWith(Authress.EXTENSIONS_PATH + "/")
                || isTokenRoute(request)
                || (path.equals(Authress.LOGIN_PATH) && request.getParameters().contains("client_id"));
    }

    @Override
    public Object body(HttpStatus status, OAuthError error) {
        return AuthressErrorBody.of(error);
    }

    /** Token requests' errors also speak RFC 6749 §5.2, are never cached, and answer a failed Basic with a challenge. */
    @Override
    public MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, OAuthError error) {
        if (!isTokenRoute(request)) {
            return HttpResponse.status(status).body(AuthressErrorBody.of(error));
        }
        MutableHttpResponse<?> response = HttpResponse.status(status).body(AuthressErrorBody.ofTokenRequest(error));
        if (error.code().equals(ErrorCode.INVALID_CLIENT) && ClientCredentialsReader.usesBasic(request)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, Challenges.basic(error));
        }
        return NoStore.apply(response);
    }

    private static boolean isTokenRoute(HttpRequest<?> request) {
        return request.getPath().equals(Authress.TOKEN_PATH);
    }
}

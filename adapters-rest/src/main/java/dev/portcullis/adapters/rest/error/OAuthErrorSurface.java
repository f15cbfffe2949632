package dev.portcullis.adapters.rest.error;

import dev.portcullis.adapters.rest.http.Challenges;
import dev.portcullis.adapters.rest.http.ClientCredentialsReader;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * The RFC 6749 §5.2 error body, {@code {"error", "error_description"}}: the OAuth endpoints', the Hydra
 * admin API's, and every route's that no other surface owns. A client that tried HTTP Basic and failed
 * gets a Basic challenge.
 */
@Singleton
final class OAuthErrorSurface implements ErrorSurface {

    @Override
    public boolean owns(HttpRequest<?> request) {
        return true;
    }

    /** Asked last: any other surface that owns a route answers for it first. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public Object body(HttpStatus status, OAuthError error) {
        return OAuthErrorBody.from(error);
    }

    @Override
    public MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, OAuthError error) {
        MutableHttpResponse<OAuthErrorBody> response = HttpResponse.<OAuthErrorBody>status(status).body(OAuthErrorBody.from(error));
        if (error.code().equals(ErrorCode.INVALID_CLIENT) && ClientCredentialsReader.usesBasic(request)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, Challenges.basic(error));
        }
        return response;
    }
}

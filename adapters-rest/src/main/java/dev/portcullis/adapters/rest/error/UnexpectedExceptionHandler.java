package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.ErrorCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a failure nobody expected becomes {@code server_error} with a generic description, and
 * its stack trace is logged once, here.
 */
@Produces
@Singleton
final class UnexpectedExceptionHandler implements ExceptionHandler<RuntimeException, HttpResponse<OAuthErrorBody>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<OAuthErrorBody> handle(HttpRequest request, RuntimeException exception) {
        LOG.error("Unexpected failure on {} {}", request.getMethodName(), request.getPath(), exception);
        return HttpResponse.<OAuthErrorBody>serverError()
                .body(new OAuthErrorBody(ErrorCode.SERVER_ERROR.value(), "the server failed to handle the request"));
    }
}

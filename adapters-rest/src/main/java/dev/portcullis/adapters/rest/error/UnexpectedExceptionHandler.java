package dev.portcullis.adapters.rest.error;

import dev.portcullis.application.health.CheckReadinessUseCase;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The last resort: a failure nobody expected becomes {@code server_error} with a generic description, and
 * its stack trace is logged once, here. A failure to reach the database is expected in an outage: it becomes
 * 503 {@code temporarily_unavailable} with {@code Retry-After}, in the surface's shape, and one line in the log.
 */
@Produces
@Singleton
final class UnexpectedExceptionHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);
    private static final OAuthError FAILED = new OAuthError(ErrorCode.SERVER_ERROR, "the server failed to handle the request");
    private static final OAuthError UNAVAILABLE = new OAuthError(ErrorCode.TEMPORARILY_UNAVAILABLE,
            "the server's storage cannot be reached; try again shortly");
    /** Seconds a client should wait before trying again after an outage answer. */
    static final String RETRY_AFTER = "2";

    private final ErrorResponses errors;
    private final CheckReadinessUseCase readiness;

    UnexpectedExceptionHandler(ErrorResponses errors, CheckReadinessUseCase readiness) {
        this.errors = errors;
        this.readiness = readiness;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        Optional<SQLException> storage = StorageOutage.sqlCauseOf(exception);
        // A connection lost mid-request fails in many ways; whether the database is down is asked once more.
        if (storage.isPresent() && (StorageOutage.unreachable(storage.get()) || !readiness.check().ready())) {
            LOG.warn("Storage unavailable on {} {}: {}", request.getMethodName(), request.getPath(), storage.get().getMessage());
            return errors.of(request, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        }
        LOG.error("Unexpected failure on {} {}", request.getMethodName(), request.getPath(), exception);
        return errors.of(request, HttpStatus.INTERNAL_SERVER_ERROR, FAILED);
    }
}

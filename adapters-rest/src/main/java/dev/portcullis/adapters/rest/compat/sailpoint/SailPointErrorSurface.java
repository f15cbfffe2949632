package dev.portcullis.adapters.rest.compat.sailpoint;

import dev.portcullis.adapters.rest.error.ErrorSurface;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * SailPoint's error bodies on the surface's routes, for the core's errors and the framework's alike (bad JSON, no
 * such route, a method the route lacks): 401 as {@code {"error"}}, 429 as {@code {"message"}}, everything else as
 * {@code ErrorResponseDto} with a tracking id that the log line of the failure repeats.
 */
@Singleton
@Requires(property = SailPoint.ENABLED, notEquals = "false")
final class SailPointErrorSurface implements ErrorSurface {

    private static final Logger LOG = LoggerFactory.getLogger(SailPointErrorSurface.class);
    static final String LOCALE = "en-US";
    static final String DEFAULT_LOCALE = "DEFAULT";

    @Override
    public boolean owns(HttpRequest<?> request) {
        return SailPoint.owns(request.getPath());
    }

    /** Before the OAuth surface, which owns every route. */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Object body(HttpStatus status, OAuthError error) {
        if (status == HttpStatus.UNAUTHORIZED) {
            return new SailPointUnauthorizedBody(error.description());
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            return new SailPointTooManyRequestsBody(error.description());
        }
        String trackingId = UUID.randomUUID().toString().replace("-", "");
        LOG.debug("SailPoint error {} ({}): {} {}", trackingId, status.getCode(), error.code().value(), error.description());
        return new SailPointErrorBody(detailCode(status), trackingId,
                List.of(new SailPointErrorBody.Message(LOCALE, DEFAULT_LOCALE, error.description())));
    }

    /** SailPoint's detail codes: the status and a short reason, {@code 400.1 Bad Request Content} for bodies. */
    static String detailCode(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "400.1 Bad Request Content";
            case FORBIDDEN -> "403 Forbidden";
            case NOT_FOUND -> "404 Not found";
            case INTERNAL_SERVER_ERROR -> "500.0 Internal Fault";
            default -> status.getCode() + " " + status.getReason().toLowerCase(Locale.ROOT)
                    .transform(reason -> Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
        };
    }
}

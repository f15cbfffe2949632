package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.ErrorCode;
import io.micronaut.http.HttpStatus;

import java.util.Map;

/** The one table from error codes to HTTP statuses (STYLE.md section 7). Codes not listed are 400. */
public final class ErrorStatuses {

    private static final Map<ErrorCode, HttpStatus> STATUSES = Map.ofEntries(
            Map.entry(ErrorCode.INVALID_CLIENT, HttpStatus.UNAUTHORIZED),
            Map.entry(ErrorCode.INVALID_TOKEN, HttpStatus.UNAUTHORIZED),
            Map.entry(ErrorCode.INSUFFICIENT_SCOPE, HttpStatus.FORBIDDEN),
            Map.entry(ErrorCode.ACCESS_DENIED, HttpStatus.FORBIDDEN),
            Map.entry(ErrorCode.NOT_FOUND, HttpStatus.NOT_FOUND),
            Map.entry(ErrorCode.CONFLICT, HttpStatus.CONFLICT),
            Map.entry(ErrorCode.REQUEST_HANDLED_BEFORE, HttpStatus.GONE),
            Map.entry(ErrorCode.SERVER_ERROR, HttpStatus.INTERNAL_SERVER_ERROR),
            Map.entry(ErrorCode.TEMPORARILY_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE),
            Map.entry(ErrorCode.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS));

    private ErrorStatuses() {
    }

    public static HttpStatus of(ErrorCode code) {
        return STATUSES.getOrDefault(code, HttpStatus.BAD_REQUEST);
    }

    /** The error code for a failure the framework detected before any use case ran. */
    static ErrorCode codeFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case UNAUTHORIZED -> ErrorCode.INVALID_TOKEN;
            case FORBIDDEN -> ErrorCode.INSUFFICIENT_SCOPE;
            case CONFLICT -> ErrorCode.CONFLICT;
            case SERVICE_UNAVAILABLE -> ErrorCode.TEMPORARILY_UNAVAILABLE;
            case TOO_MANY_REQUESTS -> ErrorCode.TOO_MANY_REQUESTS;
            default -> status.getCode() >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.INVALID_REQUEST;
        };
    }
}

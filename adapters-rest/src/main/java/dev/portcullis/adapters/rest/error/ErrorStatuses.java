package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.ErrorCode;
import io.micronaut.http.HttpStatus;

import java.util.Map;

/** The one table from error codes to HTTP statuses (STYLE.md section 7). Codes not listed are 400. */
public final class ErrorStatuses {

    private static final Map<ErrorCode, HttpStatus> STATUSES = Map.of(
            ErrorCode.INVALID_CLIENT, HttpStatus.UNAUTHORIZED,
            ErrorCode.INVALID_TOKEN, HttpStatus.UNAUTHORIZED,
            ErrorCode.INSUFFICIENT_SCOPE, HttpStatus.FORBIDDEN,
            ErrorCode.ACCESS_DENIED, HttpStatus.FORBIDDEN,
            ErrorCode.NOT_FOUND, HttpStatus.NOT_FOUND,
            ErrorCode.CONFLICT, HttpStatus.CONFLICT,
            ErrorCode.REQUEST_HANDLED_BEFORE, HttpStatus.GONE,
            ErrorCode.SERVER_ERROR, HttpStatus.INTERNAL_SERVER_ERROR,
            ErrorCode.TEMPORARILY_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);

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
            default -> status.getCode() >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.INVALID_REQUEST;
        };
    }
}

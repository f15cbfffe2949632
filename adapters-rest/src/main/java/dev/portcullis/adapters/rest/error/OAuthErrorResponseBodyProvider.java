package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.OAuthError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Failures the framework detects before a controller runs (no such route, wrong method or content type,
 * malformed JSON, a parameter that does not convert) get the body of the route's surface, like every other
 * error. The description names the parameter at fault but never repeats the framework's message, which may
 * echo the input.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class OAuthErrorResponseBodyProvider implements JsonErrorResponseBodyProvider<Object> {

    private final ErrorResponses errors;

    OAuthErrorResponseBodyProvider(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Object body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        OAuthError error = new OAuthError(ErrorStatuses.codeFor(status), describe(status, context));
        return errors.surfaceOf(context.getRequest()).body(status, error);
    }

    @Override
    public String contentType() {
        return MediaType.APPLICATION_JSON;
    }

    /** Binding paths name the Java parameter ({@code /pageSize}, {@code /body}); the client knows the wire name. */
    private static String describeParameter(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (name.equals("body") || name.startsWith("body/") || name.startsWith("body.")) {
            return "the request body is not a JSON document of the expected shape";
        }
        return "the parameter " + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)
                + " is malformed or missing";
    }

    private static String describe(HttpStatus status, ErrorContext context) {
        return switch (status) {
            case NOT_FOUND -> "no such resource";
            case UNAUTHORIZED -> "a valid bearer access token issued by this server is required";
            case FORBIDDEN -> "the access token lacks the scope this resource requires (portcullis:admin)";
            case METHOD_NOT_ALLOWED -> "the method is not allowed on this resource";
            case UNSUPPORTED_MEDIA_TYPE -> "the request body has an unsupported Content-Type";
            case NOT_ACCEPTABLE -> "no acceptable representation of this resource";
            case REQUEST_ENTITY_TOO_LARGE -> "the request body is too large";
            case BAD_REQUEST -> context.getErrors().stream()
                    .flatMap(error -> error.getPath().stream())
                    .findFirst()
                    .map(OAuthErrorResponseBodyProvider::describeParameter)
                    .orElse("the request is malformed: the body must be valid JSON of the expected shape");
            default -> status.getCode() >= 500 ? "the server failed to handle the request" : status.getReason();
        };
    }
}

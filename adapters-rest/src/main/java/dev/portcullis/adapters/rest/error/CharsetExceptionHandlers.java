package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.OAuthError;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A body whose {@code Content-Type} names a charset that does not exist ({@code charset=nope}), or names one in a
 * form Java cannot read ({@code charset="utf-8"}, {@code charset=}), fails when the framework decodes it, before any
 * authentication. That is the caller's mistake: 400 {@code invalid_request} in the surface's error shape, with
 * nothing logged, rather than a 500 with a stack trace.
 */
final class CharsetExceptionHandlers {

    static final OAuthError UNREADABLE_CHARSET = OAuthException.invalidRequest(
            "the charset of the Content-Type is not one this server reads; send UTF-8").error();

    private CharsetExceptionHandlers() {
    }

    /** Answers {@code E} with {@link #UNREADABLE_CHARSET}; one subclass per exception type, as Micronaut picks by type. */
    abstract static class Handler<E extends IllegalArgumentException> implements ExceptionHandler<E, HttpResponse<?>> {

        private final ErrorResponses errors;

        Handler(ErrorResponses errors) {
            this.errors = errors;
        }

        @Override
        @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
        public HttpResponse<?> handle(HttpRequest request, E exception) {
            return errors.of(request, HttpStatus.BAD_REQUEST, UNREADABLE_CHARSET);
        }
    }

    @Produces
    @Singleton
    static final class IllegalName extends Handler<IllegalCharsetNameException> {
        IllegalName(ErrorResponses errors) {
            super(errors);
        }
    }

    @Produces
    @Singleton
    static final class Unsupported extends Handler<UnsupportedCharsetException> {
        Unsupported(ErrorResponses errors) {
            super(errors);
        }
    }
}

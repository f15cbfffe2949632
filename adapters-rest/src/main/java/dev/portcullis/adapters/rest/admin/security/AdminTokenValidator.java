package dev.portcullis.adapters.rest.admin.security;

import com.nimbusds.jwt.JWT;
import dev.portcullis.application.token.IntrospectTokenCommand;
import dev.portcullis.application.token.IntrospectTokenUseCase;
import dev.portcullis.application.token.Introspection;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.TokenRecord;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Authenticates admin API callers by the bearer access token this server issued them. A JWT must first
 * pass micronaut-security-jwt's checks (signature by one of the server's own keys, expiry, not-before);
 * then, for JWTs and opaque tokens alike, the token's record must be active, so a revoked token stops
 * working at once. The token's scopes become the caller's roles.
 */
@Singleton
@Replaces(ReactiveJsonWebTokenValidator.class)
final class AdminTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> jwtValidator;
    private final IntrospectTokenUseCase introspect;
    private final ExecutorService blocking;

    AdminTokenValidator(JsonWebTokenValidator<JWT, HttpRequest<?>> jwtValidator, IntrospectTokenUseCase introspect,
                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.jwtValidator = jwtValidator;
        this.introspect = introspect;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        // The record lookup may block on storage: off the event loop. A null result publishes nothing.
        return Publishers.fromCompletableFuture(() ->
                CompletableFuture.supplyAsync(() -> authenticate(token, request).orElse(null), blocking));
    }

    /** The caller a token stands for, when it is an active access token of this server. Blocks on storage. */
    Optional<Authentication> authenticate(String token, HttpRequest<?> request) {
        if (looksLikeJwt(token) && jwtValidator.validate(token, request).isEmpty()) {
            return Optional.empty();
        }
        Introspection introspection = introspect.introspect(new IntrospectTokenCommand(Optional.empty(), token, Scopes.NONE));
        return introspection.token()
                .filter(record -> record.kind() == TokenKind.ACCESS_TOKEN)
                .map(AdminTokenValidator::authentication);
    }

    private static Authentication authentication(TokenRecord token) {
        return Authentication.build(token.subject().orElse(token.clientId().value()), token.scope().values(),
                Map.of("client_id", token.clientId().value()));
    }

    private static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}

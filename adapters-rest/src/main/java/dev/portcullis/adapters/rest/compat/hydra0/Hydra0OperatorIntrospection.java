package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.admin.security.AdminCallers;
import dev.portcullis.adapters.rest.oauth.introspect.OperatorIntrospection;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The seed's introspection is {@code basic, oauth2}: besides a client's own credentials, the operator's bearer
 * token with {@code portcullis:admin}, checked as on the admin API.
 */
@Singleton
@Requires(property = Hydra0.ENABLED, notEquals = "false")
final class Hydra0OperatorIntrospection implements OperatorIntrospection {

    private final AdminCallers callers;

    Hydra0OperatorIntrospection(AdminCallers callers) {
        this.callers = callers;
    }

    @Override
    public CompletableFuture<Optional<MutableHttpResponse<?>>> admit(HttpRequest<?> request) {
        return callers.check(request);
    }
}

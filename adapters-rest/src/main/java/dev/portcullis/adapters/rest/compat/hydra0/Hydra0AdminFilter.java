package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.admin.security.AdminCallers;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/**
 * The surface's admin operations take the admin API's bearer token (the seed marks them {@code oauth2});
 * {@link Hydra0NoStoreFilter} keeps their answers out of caches.
 */
@Filter({"/clients", "/clients/**", "/oauth2/consent/requests/**", "/oauth2/flush", "/oauth2/auth/requests/**",
        "/oauth2/auth/sessions/**", "/keys/**", "/oauth2/tokens"})
@Requires(property = Hydra0.ENABLED, notEquals = "false")
final class Hydra0AdminFilter implements HttpServerFilter {

    private final AdminCallers callers;

    Hydra0AdminFilter(AdminCallers callers) {
        this.callers = callers;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return callers.admit(request, chain);
    }
}

package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.admin.security.AdminCallers;
import dev.portcullis.adapters.rest.http.AuthorizationHeader;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/**
 * The seed's introspection ({@code basic, oauth2}): besides a client's own credentials, the operator's bearer
 * token with {@code portcullis:admin}. A request with a bearer token is checked here and, when it is an admin's,
 * introspected as on the admin route; one without goes on to client authentication untouched.
 */
@Filter("/oauth2/introspect")
@Requires(property = Hydra0.ENABLED, notEquals = "false")
final class Hydra0IntrospectionFilter implements HttpServerFilter {

    private final AdminCallers callers;

    Hydra0IntrospectionFilter(AdminCallers callers) {
        this.callers = callers;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (AuthorizationHeader.bearer(request).isEmpty()) {
            return chain.proceed(request);
        }
        return callers.admit(request, chain);
    }
}

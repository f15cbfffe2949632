package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.admin.security.AdminCallers;
import dev.portcullis.adapters.rest.http.NoStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteMatch;

/**
 * The surface's admin routes ({@link Hydra0AdminRoute}) take the admin API's bearer token (the seed marks them
 * {@code oauth2}), and nothing they answer is cached. The filter is matched by the route's annotation, not by path
 * patterns, so that no other request pays for it; a request that matches no route never reaches it.
 */
@Hydra0AdminRoute
@ServerFilter("/**")
@Requires(property = Hydra0.ENABLED, notEquals = "false")
final class Hydra0AdminFilter {

    private final AdminCallers callers;

    Hydra0AdminFilter(AdminCallers callers) {
        this.callers = callers;
    }

    /** Nothing lets the request through; a response refuses it. The routes run on the blocking pool anyway. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request, RouteMatch<?> route) {
        return callers.check(request).join().orElse(null);
    }

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response, RouteMatch<?> route) {
        NoStore.apply(response);
    }
}

package dev.portcullis.adapters.rest.compat.authress;

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
 * The extensions API ({@link AuthressAdminRoute}) takes the admin API's bearer token, where the seed asks for
 * Authress's {@code oauth2} bearer JWT, and nothing it answers is cached. A request that matches no route never
 * reaches the filter.
 */
@AuthressAdminRoute
@ServerFilter("/**")
@Requires(property = Authress.ENABLED, notEquals = "false")
final class AuthressAdminFilter {

    private final AdminCallers callers;

    AuthressAdminFilter(AdminCallers callers) {
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

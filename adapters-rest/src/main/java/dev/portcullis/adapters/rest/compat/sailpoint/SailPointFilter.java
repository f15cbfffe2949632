package dev.portcullis.adapters.rest.compat.sailpoint;

import dev.portcullis.adapters.rest.admin.security.AdminCallers;
import dev.portcullis.adapters.rest.http.NoStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
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
 * The surface's routes take a bearer token this server issued, as SailPoint's take its own: reads need
 * {@code sp:oauth-client:read} (or manage), changes {@code sp:oauth-client:manage}; {@code portcullis:admin} does
 * both. A caller without a token gets 401, one without the scope 403, each in SailPoint's body. Nothing the routes
 * answer is cached: a created client's secret is among it.
 */
@SailPointRoute
@ServerFilter("/**")
@Requires(property = SailPoint.ENABLED, notEquals = "false")
final class SailPointFilter {

    private final AdminCallers callers;

    SailPointFilter(AdminCallers callers) {
        this.callers = callers;
    }

    /** Nothing lets the request through; a response refuses it. The routes run on the blocking pool anyway. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request, RouteMatch<?> route) {
        boolean reads = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        return callers.check(request, reads ? SailPoint.READING_SCOPES : SailPoint.CHANGING_SCOPES).join().orElse(null);
    }

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response, RouteMatch<?> route) {
        NoStore.apply(response);
    }
}

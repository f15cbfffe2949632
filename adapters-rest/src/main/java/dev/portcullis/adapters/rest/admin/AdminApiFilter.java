package dev.portcullis.adapters.rest.admin;

import dev.portcullis.adapters.rest.http.NoStore;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * What every {@code /admin} route shares. Admin responses may carry a client secret that is shown once,
 * so no cache keeps them. Who may call them is decided by the security package.
 */
@ServerFilter("/admin/**")
final class AdminApiFilter implements Ordered {

    /**
     * Ahead of the security filter, so that its 401 and 403 refusals pass back through this one too: a
     * filter that ran after it would never see a refused request.
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        NoStore.apply(response);
    }
}

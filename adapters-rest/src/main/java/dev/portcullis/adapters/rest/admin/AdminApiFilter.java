package dev.portcullis.adapters.rest.admin;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * What every {@code /admin} route shares. Admin responses may carry a client secret that is shown once,
 * so no cache keeps them. This is also the one seam where the admin API gets protected: until the token
 * issue (#3) lands, the admin API is open, which is why the server binds to loopback by default.
 */
@ServerFilter("/admin/**")
final class AdminApiFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        response.header(HttpHeaders.PRAGMA, "no-cache");
    }
}

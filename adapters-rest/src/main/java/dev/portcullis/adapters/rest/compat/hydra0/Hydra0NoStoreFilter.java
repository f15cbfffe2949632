package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.http.NoStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** The surface's admin answers may hold a client secret shown once: no cache keeps them, refusals included. */
@ServerFilter({"/clients", "/clients/**", "/oauth2/consent/requests/**", "/oauth2/flush", "/oauth2/auth/requests/**",
        "/oauth2/auth/sessions/**", "/keys/**", "/oauth2/tokens"})
@Requires(property = Hydra0.ENABLED, notEquals = "false")
final class Hydra0NoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        NoStore.apply(response);
    }
}

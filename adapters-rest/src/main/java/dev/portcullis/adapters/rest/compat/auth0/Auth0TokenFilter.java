package dev.portcullis.adapters.rest.compat.auth0;

import dev.portcullis.adapters.rest.http.NoStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Auth0's token responses carry tokens: RFC 6749 §5.1 forbids caching them, errors included. */
@ServerFilter("/oauth/token")
@Requires(property = Auth0.ENABLED, notEquals = "false")
final class Auth0TokenFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        NoStore.apply(response);
    }
}

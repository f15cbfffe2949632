package dev.portcullis.adapters.rest.compat.authress;

import dev.portcullis.adapters.rest.http.NoStore;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Token responses carry tokens: RFC 6749 §5.1 forbids caching them, errors included. */
@ServerFilter(Authress.TOKEN_PATH)
@Requires(property = Authress.ENABLED, notEquals = "false")
final class AuthressTokenFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        NoStore.apply(response);
    }
}

package dev.portcullis.adapters.rest.oauth;

import dev.portcullis.adapters.rest.http.NoStore;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Token, introspection and revocation responses carry tokens or what they grant: RFC 6749 §5.1 forbids
 * caching them, errors included.
 */
@ServerFilter("/oauth2/**")
final class OAuthEndpointsFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        NoStore.apply(response);
    }
}

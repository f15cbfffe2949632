package dev.portcullis.adapters.rest.oauth;

import dev.portcullis.adapters.rest.http.NoStore;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Token, introspection and revocation responses carry tokens or what they grant: RFC 6749 §5.1 forbids
 * caching them, errors included. A body of another type than the form these endpoints take (a JSON body, say)
 * is refused by the framework with 415; RFC 6749 §5.2 makes it a malformed request, 400 {@code invalid_request},
 * which the body already says.
 */
@ServerFilter("/oauth2/**")
final class OAuthEndpointsFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        NoStore.apply(response);
        if (response.getStatus() == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
            response.status(HttpStatus.BAD_REQUEST);
        }
    }
}

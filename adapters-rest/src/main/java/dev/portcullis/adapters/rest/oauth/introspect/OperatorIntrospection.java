package dev.portcullis.adapters.rest.oauth.introspect;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A surface that lets an operator's bearer token stand in for client credentials at the introspection
 * endpoint (ORY Hydra's early API does). Without such a bean, a bearer token there is not a client's
 * credentials and is refused as such.
 */
public interface OperatorIntrospection {

    /** Nothing when the bearer token of {@code request} is an operator's; otherwise the refusal to answer. */
    CompletableFuture<Optional<MutableHttpResponse<?>>> admit(HttpRequest<?> request);
}

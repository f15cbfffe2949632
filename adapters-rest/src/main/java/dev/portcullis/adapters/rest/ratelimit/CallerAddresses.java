package dev.portcullis.adapters.rest.ratelimit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * The address a request came from, as rate limits count it: the connection's peer, or, behind a proxy the operator
 * trusts, the header {@code micronaut.server.client-address-header} names ({@code X-Forwarded-For}, say).
 */
@Singleton
public final class CallerAddresses {

    private final HttpClientAddressResolver resolver;

    CallerAddresses(HttpClientAddressResolver resolver) {
        this.resolver = resolver;
    }

    /** The caller's address; {@code unknown} when the server cannot tell, which all such callers then share. */
    public String of(HttpRequest<?> request) {
        String resolved = resolver.resolve(request);
        if (resolved != null && !resolved.isBlank()) {
            return resolved;
        }
        return Optional.ofNullable(request.getRemoteAddress()).map(InetSocketAddress::getAddress)
                .map(InetAddress::getHostAddress).orElse("unknown");
    }
}

package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * What the server fetches on a client's word ({@code portcullis.authorization.request-uri.*}): request objects by
 * reference (RFC 9101 {@code request_uri}) and clients' {@code jwks_uri}.
 *
 * @param timeout           the longest one fetch may take
 * @param maxSize           the largest document accepted, in bytes
 * @param allowPrivateHosts fetch from loopback, private and link-local addresses too. Off by default: otherwise any
 *                          client could make the server reach into its own network (SSRF). For tests and closed
 *                          networks only
 */
@ConfigurationProperties("portcullis.authorization.request-uri")
public record RequestUriProperties(@Bindable(defaultValue = "3s") Duration timeout,
                                   @Bindable(defaultValue = "65536") int maxSize,
                                   @Bindable(defaultValue = "false") boolean allowPrivateHosts) {
}

package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the server fetches the documents clients publish at URLs they name ({@code portcullis.client-documents.*}): a
 * request object by reference ({@code request_uri}, RFC 9101), a {@code jwks_uri}, a {@code sector_identifier_uri}.
 *
 * @param allowPrivateHosts whether loopback, private and link-local hosts may be fetched from; off, so that whoever
 *                          registers a client cannot make the server read its own network
 * @param allowHttp         whether plain {@code http} URLs may be fetched
 * @param timeout           the longest a fetch may take, from connecting to the last byte
 * @param maxSize           the largest document read, in bytes
 */
@ConfigurationProperties("portcullis.client-documents")
public record ClientDocumentsProperties(@Bindable(defaultValue = "false") boolean allowPrivateHosts,
                                        @Bindable(defaultValue = "false") boolean allowHttp,
                                        @Bindable(defaultValue = "5s") Duration timeout,
                                        @Bindable(defaultValue = "65536") int maxSize) {
}

package dev.portcullis.adapters.crypto.remote;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.domain.client.JsonDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link RemoteDocuments} with {@code java.net.http}: one GET, no redirects (a redirect could lead anywhere), done
 * within the timeout from the first byte sent to the last received, and given up as soon as the body passes the
 * size limit. TLS is the JVM's: its default trust store, or the one {@code javax.net.ssl.trustStore} names.
 *
 * <p>Unless private hosts are allowed, every address the host resolves to must be a public one. The JVM caches
 * the lookup (for 30 seconds by default), so the connection goes to the address that was checked.
 */
public final class JdkRemoteDocuments implements RemoteDocuments {

    private static final System.Logger LOG = System.getLogger(JdkRemoteDocuments.class.getName());

    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;
    private final boolean allowPrivateHosts;

    /**
     * @param timeout           the longest a fetch may take, connection included
     * @param maxBytes          the largest body accepted
     * @param allowPrivateHosts whether loopback, private and link-local addresses may be fetched (tests and closed
     *                          networks only)
     */
    public JdkRemoteDocuments(Duration timeout, int maxBytes, boolean allowPrivateHosts) {
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0) {
            throw new IllegalArgumentException("the timeout and the size limit must be positive");
        }
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowPrivateHosts = allowPrivateHosts;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<String> text(URI uri) {
        return fetch(uri, "application/oauth-authz-req+jwt, application/jwt, */*");
    }

    @Override
    public Optional<JsonDocument> json(URI uri) {
        return fetch(uri, "application/jwk-set+json, application/json").flatMap(text -> {
            try {
                return Optional.of(new JsonDocument(JSONObjectUtils.parse(text)));
            } catch (ParseException | RuntimeException notAnObject) {
                LOG.log(System.Logger.Level.INFO, "{0} answered with something that is not a JSON object", uri);
                return Optional.empty();
            }
        });
    }

    private Optional<String> fetch(URI uri, String accept) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            return refused(uri, "it is not an http or https URL");
        }
        if (!allowPrivateHosts && !onPublicAddresses(uri.getHost())) {
            return refused(uri, "its host is not on a public address (portcullis.authorization.request-uri.allow-private-hosts)");
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept).GET().build();
        } catch (IllegalArgumentException malformed) {
            return refused(uri, "it is not a URL the HTTP client takes");
        }
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(request, info -> info.statusCode() == 200
                ? new LimitedBody(maxBytes) : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            HttpResponse<byte[]> answer = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.statusCode() != 200) {
                return refused(uri, "it answered with status " + answer.statusCode());
            }
            return Optional.of(new String(answer.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            response.cancel(true);
            return refused(uri, "it did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return refused(uri, e.getCause() instanceof TooLarge ? "its body is larger than " + maxBytes + " bytes"
                    : "the request failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.cancel(true);
            return Optional.empty();
        }
    }

    /** Whether every address of {@code host} is a public one. */
    private static boolean onPublicAddresses(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bare);
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Loopback, unspecified, private (RFC 1918, RFC 4193), shared (RFC 6598), link-local or multicast. */
    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && (second & 0xc0) == 64);
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return true;
    }

    private static <T> Optional<T> refused(URI uri, String why) {
        LOG.log(System.Logger.Level.INFO, "Not fetched {0}: {1}", uri, why);
        return Optional.empty();
    }

    /** A body past the size limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the body is too large");
        }
    }

    /** Collects a body up to {@code maxBytes}, and gives up on it past that. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int maxBytes;
        private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = Objects.requireNonNull(subscription);
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (collected.size() + buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                collected.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(collected.toByteArray());
        }
    }
}

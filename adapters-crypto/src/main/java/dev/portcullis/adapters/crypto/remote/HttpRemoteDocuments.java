package dev.portcullis.adapters.crypto.remote;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.portcullis.application.port.RemoteDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches documents with the JDK's HTTP client: one GET, no redirects followed, answered within
 * {@link Settings#timeout()} and at most {@link Settings#maxBytes()} long, over HTTPS verified by the JVM's trust
 * store. The host's addresses are looked up first and a loopback, private, link-local, shared or multicast one is
 * refused unless {@link Settings#allowPrivateHosts()}; plain {@code http} is refused unless {@link Settings#allowHttp()}.
 *
 * <p>The addresses are checked before the client connects and looked up again by it, so a host whose name
 * resolves differently between the two (DNS rebinding) could still reach a private address; a deployment that
 * must rule that out sends this traffic through an egress proxy.
 */
public final class HttpRemoteDocuments implements RemoteDocuments {

    /**
     * @param allowPrivateHosts whether loopback and private addresses may be fetched from (tests, a conformance run
     *                          on one machine, a private network of trusted clients)
     * @param allowHttp         whether plain {@code http} URLs may be fetched
     */
    public record Settings(boolean allowPrivateHosts, boolean allowHttp, Duration timeout, int maxBytes) {

        public Settings {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0) {
                throw new IllegalArgumentException("a fetch is bounded by a positive time and size");
            }
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public HttpRemoteDocuments(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .build();
    }

    @Override
    public Optional<Object> fetchJson(URI uri) {
        return fetch(uri, "application/json").flatMap(HttpRemoteDocuments::parse);
    }

    @Override
    public Optional<String> text(URI uri) {
        return fetch(uri, "*/*");
    }

    private Optional<String> fetch(URI uri, String accept) {
        if (!allowed(uri)) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
                .header("Accept", accept).build();
        CompletableFuture<HttpResponse<InputStream>> sent = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = sent.get(remaining(deadline), TimeUnit.NANOSECONDS);
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return Optional.empty();
                }
                CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAtMost(body, settings.maxBytes()));
                byte[] bytes = read.get(remaining(deadline), TimeUnit.NANOSECONDS);
                return bytes == null ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sent.cancel(true);
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | IOException | RuntimeException e) {
            sent.cancel(true);
            return Optional.empty();
        }
    }

    private boolean allowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http") && settings.allowHttp()) || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            return false;
        }
        if (settings.allowPrivateHosts()) {
            return true;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /** Whether an address lies outside the public internet: loopback, private, link-local, shared, multicast. */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local addresses (RFC 4193); and IPv4-mapped ones, judged as IPv4.
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 0.0.0.0/8 "this network", 100.64.0.0/10 shared address space (RFC 6598), 192.0.0.0/24, 198.18.0.0/15.
        return first == 0 || first == 100 && second >= 64 && second < 128 || first == 192 && second == 0 && (b[2] & 0xff) == 0
                || first == 198 && (second == 18 || second == 19) || first >= 240;
    }

    private static long remaining(long deadline) throws TimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException();
        }
        return left;
    }

    /** The body, or null when it is longer than {@code max} bytes. */
    private static byte[] readAtMost(InputStream body, int max) {
        try {
            byte[] bytes = body.readNBytes(max + 1);
            return bytes.length > max ? null : bytes;
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<Object> parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("{")) {
                return Optional.of(JSONObjectUtils.parse(trimmed));
            }
            if (trimmed.startsWith("[")) {
                return Optional.of(JSONArrayUtils.parse(trimmed));
            }
            return Optional.empty();
        } catch (ParseException | RuntimeException notJson) {
            return Optional.empty();
        }
    }
}

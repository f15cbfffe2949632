package dev.portcullis.domain.client;

import dev.portcullis.domain.error.OAuthException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A registered redirect URI (also used for post-logout redirect URIs). Absolute, without fragment
 * (RFC 6749 §3.1.2) or user info, and {@code https}, except {@code http} on a loopback host and private-use
 * schemes for native apps (RFC 8252 §7.1 and §7.3).
 */
public record RedirectUri(URI value) {

    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "vbscript", "file", "blob", "about");

    public RedirectUri {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException("redirect URI " + problem);
        }
    }

    /**
     * Parses a redirect URI from untrusted input.
     *
     * @param field the metadata field the value came from, named in the error
     * @throws OAuthException {@code invalid_redirect_uri}
     */
    public static RedirectUri parse(String raw, String field) {
        if (raw == null || raw.isEmpty()) {
            throw OAuthException.invalidRedirectUri(field + " must not contain an empty URI");
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw OAuthException.invalidRedirectUri(field + " contains a malformed URI");
        }
        String problem = problemWith(uri);
        if (problem != null) {
            throw OAuthException.invalidRedirectUri(field + " contains a URI that " + problem);
        }
        return new RedirectUri(uri);
    }

    private static String problemWith(URI uri) {
        if (!uri.isAbsolute()) {
            return "is not absolute";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (FORBIDDEN_SCHEMES.contains(scheme)) {
            return "uses the " + scheme + " scheme, which can run or embed content";
        }
        if (uri.isOpaque()) {
            // RFC 8252 §7.1: a private-use redirect is like com.example.app:/callback, with a path after the scheme.
            return "has no path after its scheme (a native app redirect looks like com.example.app:/callback)";
        }
        if (uri.getRawFragment() != null) {
            return "has a fragment";
        }
        if (uri.getRawUserInfo() != null) {
            return "carries user info";
        }
        if (scheme.equals("https")) {
            return uri.getHost() == null ? "has no host" : null;
        }
        if (scheme.equals("http")) {
            return isLoopbackHost(uri.getHost()) ? null : "uses http on a host other than loopback";
        }
        if (scheme.indexOf('.') < 0) {
            // RFC 8252 §7.1: private-use schemes are reverse domain names, so they contain a period.
            return "uses a scheme that is neither https nor a private-use scheme of a native app";
        }
        return null;
    }

    private static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        return host.equalsIgnoreCase("localhost") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}");
    }

    /**
     * Whether the {@code redirect_uri} of a request names this registered URI: character for character
     * (RFC 6749 §3.1.2.3 with no partial matching), except that an {@code http} redirect on a loopback IP
     * literal ({@code 127.x.y.z} or {@code [::1]}) may carry any port, because a native app listens on
     * whichever port it gets at the time of the request (RFC 8252 §7.3). {@code localhost} gets no such
     * allowance: RFC 8252 §8.3 advises against it.
     */
    public boolean admits(String presented) {
        if (presented == null) {
            return false;
        }
        if (presented.equals(value.toString())) {
            return true;
        }
        if (!isLoopbackIpLiteral(value)) {
            return false;
        }
        URI other;
        try {
            other = new URI(presented);
        } catch (URISyntaxException e) {
            return false;
        }
        return isLoopbackIpLiteral(other)
                && other.getRawUserInfo() == null && other.getRawFragment() == null
                && value.getScheme().equals(other.getScheme())
                && value.getHost().equals(other.getHost())
                && Objects.equals(value.getRawPath(), other.getRawPath())
                && Objects.equals(value.getRawQuery(), other.getRawQuery());
    }

    private static boolean isLoopbackIpLiteral(URI uri) {
        String host = uri.getHost();
        return "http".equals(uri.getScheme()) && isLoopbackHost(host) && !host.equalsIgnoreCase("localhost");
    }

    /** Whether this is an {@code http} URI on a loopback interface (RFC 8252 §7.3). */
    public boolean isLoopback() {
        return value.getScheme().equalsIgnoreCase("http") && isLoopbackHost(value.getHost());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package dev.portcullis.adapters.rest.http;

import java.util.Objects;

/**
 * The server's issuer URL as the HTTP adapter needs it: to build absolute URLs, and to know whether cookies
 * travel over HTTPS only. Bootstrap makes it from configuration.
 *
 * @param value without a trailing slash
 */
public record Issuer(String value) {

    public Issuer {
        Objects.requireNonNull(value, "value");
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
    }

    /** An absolute URL of this server. */
    public String url(String path) {
        return value + path;
    }

    /** Whether the server is reached over HTTPS, so that cookies can be {@code Secure} and {@code __Host-}. */
    public boolean isHttps() {
        return value.startsWith("https:");
    }
}

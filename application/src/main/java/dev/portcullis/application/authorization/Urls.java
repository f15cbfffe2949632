package dev.portcullis.application.authorization;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Builds the URLs the flow redirects to. */
final class Urls {

    private Urls() {
    }

    /** {@code base} with {@code parameters} appended to its query, each form-encoded. */
    static String withQuery(String base, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(base);
        char separator = base.indexOf('?') >= 0 ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    /** The first value of the query parameter {@code name} of {@code url}, decoded. */
    static Optional<String> queryParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        int end = url.indexOf('#', query);
        for (String pair : url.substring(query + 1, end < 0 ? url.length() : end).split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            try {
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException e) {
                // A malformed escape in another parameter names nothing this one could be.
            }
        }
        return Optional.empty();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

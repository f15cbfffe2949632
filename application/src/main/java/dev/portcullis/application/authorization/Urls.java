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
        int fragment = url.indexOf('#');
        String beforeFragment = fragment < 0 ? url : url.substring(0, fragment);
        int query = beforeFragment.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String pair : beforeFragment.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            Optional<String> key = decoded(equals < 0 ? pair : pair.substring(0, equals));
            if (key.filter(name::equals).isPresent()) {
                // The first value is the one: a malformed one names nothing, rather than a later one standing in.
                return equals < 0 ? Optional.of("") : decoded(pair.substring(equals + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decoded(String text) {
        try {
            return Optional.of(URLDecoder.decode(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

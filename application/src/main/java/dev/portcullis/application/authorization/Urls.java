package dev.portcullis.application.authorization;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

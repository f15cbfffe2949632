package dev.portcullis.adapters.rest.http;

import dev.portcullis.domain.error.OAuthException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body (RFC 6749 Appendix B) into single values.
 * RFC 6749 §3.1 and §3.2: a parameter sent more than once is an error, so this refuses it here, at the
 * edge, rather than letting some layer silently pick one of the values. The exceptions are {@code resource}
 * (RFC 8707 §2) and {@code audience} (RFC 8693 §2.1), which may be repeated: their values are joined with single
 * spaces, the form in which {@code audience} is also taken space-separated, and which no absolute URI contains.
 */
public final class FormParameters {

    private static final Set<String> REPEATABLE = Set.of("resource", "audience");

    private FormParameters() {
    }

    /** @throws OAuthException {@code invalid_request} for a repeated parameter or a malformed escape */
    public static Map<String, String> parse(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        forEachPair(body, (name, value) -> {
            String previous = parameters.putIfAbsent(name, value);
            if (previous != null) {
                if (!REPEATABLE.contains(name)) {
                    throw OAuthException.invalidRequest("the " + name + " parameter is repeated");
                }
                parameters.put(name, previous + " " + value);
            }
        });
        return Collections.unmodifiableMap(parameters);
    }

    /** @throws OAuthException {@code invalid_request} when the form lacks {@code name} or has it empty */
    public static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw OAuthException.invalidRequest("the " + name + " parameter is required");
        }
        return value;
    }

    /** Every parameter's first value, and the names of the repeated ones. */
    public record Lenient(Map<String, String> first, Set<String> repeated) {
    }

    /**
     * Decodes without refusing repeated parameters, for the browser endpoints, where the use case decides
     * whether the error may be redirected to the client.
     *
     * @throws OAuthException {@code invalid_request} for a malformed escape
     */
    public static Lenient parseLenient(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        forEachPair(encoded, (name, value) -> {
            if (parameters.putIfAbsent(name, value) != null) {
                repeated.add(name);
            }
        });
        return new Lenient(Collections.unmodifiableMap(parameters), Collections.unmodifiableSet(repeated));
    }

    private static void forEachPair(String encoded, BiConsumer<String, String> parameter) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                parameter.accept(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
    }

    /** One form-urlencoded value, as also used inside HTTP Basic credentials (RFC 6749 §2.3.1). */
    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("the request body is not valid application/x-www-form-urlencoded");
        }
    }
}

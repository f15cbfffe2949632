package dev.portcullis.adapters.rest.http;

import dev.portcullis.domain.error.OAuthException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) of text fields, for the one token endpoint that takes it
 * (Auth0's path, where SailPoint's SDK posts its client credentials that way), and re-encodes it as the
 * {@code application/x-www-form-urlencoded} form every other token request is, so that {@link FormParameters}
 * applies the same rules to both (a repeated parameter is refused). A file part, a part without a name, or a body
 * that does not follow its boundary is {@code invalid_request}.
 */
public final class MultipartFormParameters {

    private static final String CRLF = "\r\n";

    private MultipartFormParameters() {
    }

    /**
     * The fields of {@code body}, form-urlencoded in the order they came.
     *
     * @throws OAuthException {@code invalid_request} for a malformed body or a Content-Type without a boundary
     */
    public static String urlEncoded(Optional<MediaType> contentType, @Nullable byte[] body) {
        String boundary = contentType.flatMap(type -> type.getParameters().get("boundary"))
                .map(MultipartFormParameters::unquote)
                .filter(value -> !value.isEmpty() && value.length() <= 70)
                .orElseThrow(() -> OAuthException.invalidRequest("a multipart/form-data body needs a boundary parameter"));
        // ISO-8859-1 maps every byte to one char, so the parts can be cut on the boundary and decoded as UTF-8 after.
        String text = new String(body == null ? new byte[0] : body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int start = text.startsWith(delimiter) ? 0 : text.indexOf(CRLF + delimiter);
        if (start < 0) {
            throw malformed();
        }
        start = text.indexOf(delimiter, start) + delimiter.length();
        List<String> pairs = new ArrayList<>();
        while (true) {
            if (text.startsWith("--", start)) {
                return String.join("&", pairs);
            }
            if (!text.startsWith(CRLF, start)) {
                throw malformed();
            }
            int end = text.indexOf(CRLF + delimiter, start);
            if (end < 0) {
                throw malformed();
            }
            pairs.add(field(text.substring(start + CRLF.length(), end)));
            start = end + CRLF.length() + delimiter.length();
        }
    }

    /** One part: headers, an empty line, the value. */
    private static String field(String part) {
        int headersEnd = part.indexOf(CRLF + CRLF);
        String headers = headersEnd < 0 ? part : part.substring(0, headersEnd);
        if (headersEnd < 0 && !part.endsWith(CRLF)) {
            throw malformed();
        }
        String value = headersEnd < 0 ? "" : part.substring(headersEnd + 2 * CRLF.length());
        String name = null;
        for (String header : headers.split(CRLF)) {
            int colon = header.indexOf(':');
            if (colon < 0 || !header.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                continue;
            }
            for (String parameter : header.substring(colon + 1).split(";")) {
                String trimmed = parameter.trim();
                String lower = trimmed.toLowerCase(Locale.ROOT);
                if (lower.startsWith("filename")) {
                    throw OAuthException.invalidRequest("a token request takes text fields, not files");
                }
                if (lower.startsWith("name=")) {
                    name = unquote(trimmed.substring("name=".length()));
                }
            }
        }
        if (name == null || name.isEmpty()) {
            throw OAuthException.invalidRequest("every part of a multipart/form-data body needs a name");
        }
        return encode(name) + "=" + encode(value);
    }

    private static String encode(String latin1) {
        String text = new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static OAuthException malformed() {
        return OAuthException.invalidRequest("the multipart/form-data body does not follow its boundary");
    }
}

package dev.portcullis.application.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** An RFC 6901 JSON Pointer, as its list of unescaped reference tokens. */
public record JsonPointer(List<String> tokens) {

    public static final JsonPointer ROOT = new JsonPointer(List.of());

    // Searched for rather than matched with ".*", which stops at a line terminator inside a token.
    private static final Pattern BAD_ESCAPE = Pattern.compile("~(?![01])");

    public JsonPointer {
        tokens = List.copyOf(tokens);
    }

    /** Parses the string form. @throws IllegalArgumentException when it is not a pointer */
    public static JsonPointer parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.isEmpty()) {
            return ROOT;
        }
        if (raw.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/'");
        }
        List<String> tokens = new ArrayList<>();
        for (String escaped : raw.substring(1).split("/", -1)) {
            // RFC 6901 §4: '~1' becomes '/' before '~0' becomes '~'; any other '~' sequence is an error.
            if (BAD_ESCAPE.matcher(escaped).find()) {
                throw new IllegalArgumentException("'~' in a JSON pointer must be followed by 0 or 1");
            }
            tokens.add(escaped.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPointer(tokens);
    }

    public boolean isRoot() {
        return tokens.isEmpty();
    }

    public JsonPointer parent() {
        return new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    public String last() {
        return tokens.get(tokens.size() - 1);
    }

    /** Whether this pointer is {@code other} or points inside it. */
    public boolean startsWith(JsonPointer other) {
        return tokens.size() >= other.tokens.size() && tokens.subList(0, other.tokens.size()).equals(other.tokens);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}

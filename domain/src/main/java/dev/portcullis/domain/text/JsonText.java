package dev.portcullis.domain.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259) into the plain values {@link dev.portcullis.domain.client.JsonDocument} holds:
 * {@code String}, {@code Boolean}, {@code Long} or {@code BigInteger}, {@code BigDecimal}, {@code null},
 * {@code List} and {@code Map<String, Object>}. Strict: one value with nothing after it but white space, no
 * comments or trailing commas, no member named twice, and nesting no deeper than {@link #MAX_DEPTH}. For the
 * small JSON texts that arrive as request parameters (OIDC's {@code claims}); large documents go through the
 * adapters' JSON library.
 */
public final class JsonText {

    /** Deeper nesting is refused, so that a hostile text cannot exhaust the stack. */
    public static final int MAX_DEPTH = 32;

    private final String text;
    private int position;

    private JsonText(String text) {
        this.text = text;
    }

    /**
     * The value {@code text} holds.
     *
     * @throws IllegalArgumentException when it is not exactly one well-formed JSON value
     */
    public static Object parse(String text) {
        JsonText reader = new JsonText(text);
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.malformed("text after the JSON value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("nesting deeper than " + MAX_DEPTH);
        }
        skipWhitespace();
        if (position >= text.length()) {
            throw malformed("a value is missing");
        }
        char next = text.charAt(position);
        return switch (next) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (next == '-' || (next >= '0' && next <= '9')) {
                    yield number();
                }
                throw malformed("unexpected '" + next + "'");
            }
        };
    }

    private Map<String, Object> object(int depth) {
        position++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek('}')) {
            position++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) {
                throw malformed("a member name is not a string");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            Object member = value(depth + 1);
            if (members.containsKey(name)) {
                throw malformed("the member " + name + " appears twice");
            }
            members.put(name, member);
            skipWhitespace();
            if (peek(',')) {
                position++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> array(int depth) {
        position++;
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (peek(']')) {
            position++;
            return elements;
        }
        while (true) {
            elements.add(value(depth + 1));
            skipWhitespace();
            if (peek(',')) {
                position++;
            } else {
                expect(']');
                return elements;
            }
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw malformed("a string is not closed");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw malformed("a control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                throw malformed("a string is not closed");
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw malformed("an unknown escape \\" + escaped);
            }
        }
    }

    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw malformed("a \\u escape is cut short");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position++), 16);
            if (digit < 0) {
                throw malformed("a \\u escape is not hexadecimal");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private Object number() {
        int start = position;
        if (peek('-')) {
            position++;
        }
        if (peek('0')) {
            position++;
        } else if (!digits()) {
            throw malformed("a number has no digits");
        }
        boolean integral = true;
        if (peek('.')) {
            position++;
            integral = false;
            if (!digits()) {
                throw malformed("a number has no digits after its point");
            }
        }
        if (peek('e') || peek('E')) {
            position++;
            integral = false;
            if (peek('+') || peek('-')) {
                position++;
            }
            if (!digits()) {
                throw malformed("a number has no digits in its exponent");
            }
        }
        String literal = text.substring(start, position);
        if (integral) {
            BigInteger value = new BigInteger(literal);
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }
        return new BigDecimal(literal);
    }

    private boolean digits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        return position > start;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw malformed("unexpected '" + text.charAt(position) + "'");
        }
        position += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private boolean peek(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw malformed("'" + c + "' expected");
        }
        position++;
    }

    private IllegalArgumentException malformed(String problem) {
        return new IllegalArgumentException("not JSON: " + problem + " at character " + position);
    }
}

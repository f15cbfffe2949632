package dev.portcullis.adapters.rest.admin.flow;

import dev.portcullis.domain.error.OAuthException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the members of a JSON request body with the types Hydra's API documents; wrong types are invalid_request. */
final class JsonFields {

    private final Map<String, Object> body;

    JsonFields(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    Optional<String> string(String name) {
        Object value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw OAuthException.invalidRequest(name + " must be a string");
        }
        return Optional.of(text);
    }

    boolean bool(String name) {
        Object value = body.get(name);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw OAuthException.invalidRequest(name + " must be true or false");
        }
        return flag;
    }

    long seconds(String name) {
        Object value = body.get(name);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
                || number.longValue() < 0) {
            throw OAuthException.invalidRequest(name + " must be a whole number of seconds, not negative");
        }
        return number.longValue();
    }

    Optional<Integer> integer(String name) {
        Object value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw OAuthException.invalidRequest(name + " must be a whole number");
        }
        return Optional.of(number.intValue());
    }

    List<String> strings(String name) {
        Object value = body.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw OAuthException.invalidRequest(name + " must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text)) {
                throw OAuthException.invalidRequest(name + " must be an array of strings");
            }
            strings.add(text);
        }
        return strings;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        Object value = body.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw OAuthException.invalidRequest(name + " must be a JSON object");
        }
        return (Map<String, Object>) map;
    }

    JsonFields nested(String name) {
        return new JsonFields(object(name));
    }
}

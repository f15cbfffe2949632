package dev.portcullis.adapters.rest.http;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON request body read member by member, in JSON-P's model: a member of the wrong JSON type is refused with the
 * caller's error code and named, never converted (a number where a string belongs is not taken as its digits).
 * JSON null reads as absent. Numbers are kept in one canonical form (no trailing zeros), so that two equal numbers
 * compare equal whatever their notation (RFC 6902 §4.6 needs that of a patch's {@code test}).
 */
public final class JsonMembers {

    private final JsonObject object;
    private final ErrorCode code;
    private final String prefix;

    private JsonMembers(JsonObject object, ErrorCode code, String prefix) {
        this.object = object;
        this.code = code;
        this.prefix = prefix;
    }

    /** Parses a request body. @throws OAuthException {@code invalid_request} for anything but one JSON value */
    public static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            throw OAuthException.invalidRequest("the request body must be a JSON document");
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return canonical(reader.readValue());
        } catch (JsonException | IllegalStateException e) {
            throw OAuthException.invalidRequest("the request body is not valid JSON");
        }
    }

    /**
     * The members of a JSON object.
     *
     * @param code the error code of a member of the wrong type
     * @throws OAuthException {@code invalid_request} when the value is not an object
     */
    public static JsonMembers of(JsonValue value, ErrorCode code, String what) {
        if (!(value instanceof JsonObject object)) {
            throw OAuthException.invalidRequest("the request body must be a JSON object of " + what);
        }
        return new JsonMembers(object, code, "");
    }

    /** The members of a body that may also be empty or absent, which reads as an empty object. */
    public static JsonMembers ofOptional(String body, ErrorCode code, String what) {
        return body == null || body.isBlank() ? new JsonMembers(JsonValue.EMPTY_JSON_OBJECT, code, "") : of(parse(body), code, what);
    }

    public Optional<String> string(String name) {
        return present(name).map(value -> {
            if (!(value instanceof JsonString text)) {
                throw wrong(name + " must be a string");
            }
            return text.getString();
        });
    }

    public Optional<Boolean> bool(String name) {
        return present(name).map(value -> switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw wrong(name + " must be true or false");
        });
    }

    /** A whole number that fits in a {@code long}. */
    public Optional<Long> wholeNumber(String name) {
        return present(name).map(value -> {
            if (value instanceof JsonNumber number && number.bigDecimalValue().stripTrailingZeros().scale() <= 0) {
                try {
                    return number.bigDecimalValue().longValueExact();
                } catch (ArithmeticException tooLarge) {
                    // reported below
                }
            }
            throw wrong(name + " must be a whole number");
        });
    }

    public Optional<List<String>> strings(String name) {
        return present(name).map(value -> {
            if (!(value instanceof JsonArray array) || array.stream().anyMatch(e -> !(e instanceof JsonString))) {
                throw wrong(name + " must be an array of strings");
            }
            return array.stream().map(e -> ((JsonString) e).getString()).toList();
        });
    }

    /**
     * An array of JSON objects, each read member by member with the same error code; an error names the member
     * inside its element ({@code name[0].member}).
     */
    public Optional<List<JsonMembers>> objects(String name) {
        return present(name).map(value -> {
            if (!(value instanceof JsonArray array) || array.stream().anyMatch(e -> !(e instanceof JsonObject))) {
                throw wrong(name + " must be an array of JSON objects");
            }
            List<JsonMembers> elements = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                elements.add(new JsonMembers(array.getJsonObject(i), code, prefix + name + "[" + i + "]."));
            }
            return List.copyOf(elements);
        });
    }

    /** A JSON object member as plain Java values. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> object(String name) {
        return present(name).map(value -> {
            if (!(value instanceof JsonObject)) {
                throw wrong(name + " must be a JSON object");
            }
            return (Map<String, Object>) toJava(value);
        });
    }

    /** The members of a nested object, with the same error code. */
    public Optional<JsonMembers> nested(String name) {
        return present(name).map(value -> {
            if (!(value instanceof JsonObject nested)) {
                throw wrong(name + " must be a JSON object");
            }
            return new JsonMembers(nested, code, prefix);
        });
    }

    private Optional<JsonValue> present(String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? Optional.empty() : Optional.of(value);
    }

    private OAuthException wrong(String description) {
        return new OAuthException(code, prefix + description);
    }

    /** A JSON-P value of plain Java JSON values: maps, lists, strings, numbers, booleans and null. */
    public static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Number number) {
            return Json.createValue(new BigDecimal(number.toString()).stripTrailingZeros());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((name, member) -> object.add(String.valueOf(name), toJson(member)));
            return object.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(element -> array.add(toJson(element)));
            return array.build();
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getSimpleName());
    }

    /** The plain Java value of a JSON-P value. */
    public static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(element -> list.add(toJava(element)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> map.put(name, toJava(member)));
                yield map;
            }
        };
    }

    /** The value with every number in its canonical form. */
    public static JsonValue canonical(JsonValue value) {
        return toJson(toJava(value));
    }

    private static Object number(JsonNumber number) {
        BigDecimal decimal = number.bigDecimalValue().stripTrailingZeros();
        return decimal.scale() <= 0 && decimal.precision() - decimal.scale() < 19 ? (Object) decimal.longValueExact() : decimal;
    }
}

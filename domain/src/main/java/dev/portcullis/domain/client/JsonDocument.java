package dev.portcullis.domain.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deeply immutable JSON object held as plain Java values: {@code String}, {@code Boolean}, a
 * {@code Number}, {@code null}, {@code List} and {@code Map<String, ?>}. Used for the parts of client
 * metadata whose structure belongs to someone else (free-form {@code metadata}, a client's {@code jwks}).
 * Numbers are held in one canonical form: integral values as {@code Long} (or {@code BigInteger} when
 * too large), others as {@code BigDecimal} without trailing zeros.
 */
public record JsonDocument(Map<String, Object> members) {

    public static final JsonDocument EMPTY = new JsonDocument(Map.of());

    public JsonDocument {
        members = copyObject(members);
    }

    /** Whether {@code value} is made only of JSON values as described above. */
    public static boolean isJson(Object value) {
        try {
            copy(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    private static Map<String, Object> copyObject(Map<?, ?> map) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("JSON object member names are strings");
            }
            copy.put(name, copy(value));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Object copy(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            // One canonical form per number, so that a document read back from storage equals the one written.
            BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
            return decimal.scale() <= 0 && decimal.precision() - decimal.scale() < 19 ? (Object) decimal.longValueExact() : decimal;
        }
        if (value instanceof Map<?, ?> map) {
            return copyObject(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(copy(element));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getSimpleName());
    }
}

package dev.portcullis.application.patch;

import dev.portcullis.domain.error.OAuthException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An RFC 6902 JSON Patch over a JSON object held as plain Java values (maps, lists, strings, numbers,
 * booleans and null). Applying it never changes its input: it works on a copy, and a failing operation
 * leaves nothing half-applied. Every failure is {@code invalid_request} naming the operation.
 */
public final class JsonPatch {

    private static final Pattern ARRAY_INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** One operation of a patch. {@code from} is present for move and copy, {@code value} for add, replace and test. */
    public record Operation(String op, JsonPointer path, Optional<JsonPointer> from, Object value) {
    }

    private final List<Operation> operations;

    private JsonPatch(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    /**
     * Reads a patch document: an array of operation objects.
     *
     * @throws OAuthException {@code invalid_request} when it is not a well-formed patch
     */
    public static JsonPatch parse(Object document) {
        if (!(document instanceof List<?> list)) {
            throw OAuthException.invalidRequest("a JSON Patch document is an array of operations");
        }
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            operations.add(parseOperation(i, list.get(i)));
        }
        return new JsonPatch(operations);
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Whether any operation writes to, removes or moves away {@code pointer} or something inside it. */
    public boolean touches(JsonPointer pointer) {
        return operations.stream().anyMatch(o -> !o.op().equals("test")
                && (o.path().startsWith(pointer) || pointer.startsWith(o.path())
                || (o.op().equals("move") && o.from().orElseThrow().startsWith(pointer))));
    }

    /** The patched copy of {@code target}. @throws OAuthException {@code invalid_request} */
    public Map<String, Object> apply(Map<String, Object> target) {
        Object document = mutableCopy(target);
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            try {
                document = applyOne(document, operation);
            } catch (PatchFailure failure) {
                throw OAuthException.invalidRequest("patch operation " + i + " (" + operation.op() + " " + operation.path()
                        + ") failed: " + failure.getMessage());
            }
        }
        if (!(document instanceof Map<?, ?>)) {
            throw OAuthException.invalidRequest("the patched document must remain a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) document;
        return result;
    }

    private static Operation parseOperation(int index, Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw OAuthException.invalidRequest("patch operation " + index + " is not an object");
        }
        if (!(map.get("op") instanceof String op)) {
            throw OAuthException.invalidRequest("patch operation " + index + " has no op");
        }
        if (!List.of("add", "remove", "replace", "move", "copy", "test").contains(op)) {
            throw OAuthException.invalidRequest("patch operation " + index + " has the unknown op '" + op + "'");
        }
        JsonPointer path = pointer(index, "path", map.get("path"));
        Optional<JsonPointer> from = Optional.empty();
        if (op.equals("move") || op.equals("copy")) {
            from = Optional.of(pointer(index, "from", map.get("from")));
        }
        boolean needsValue = op.equals("add") || op.equals("replace") || op.equals("test");
        if (needsValue && !map.containsKey("value")) {
            throw OAuthException.invalidRequest("patch operation " + index + " (" + op + ") needs a value");
        }
        if (op.equals("move") && path.startsWith(from.get()) && !path.equals(from.get())) {
            // RFC 6902 §4.4: a location cannot be moved into one of its children.
            throw OAuthException.invalidRequest("patch operation " + index + " moves a value into itself");
        }
        return new Operation(op, path, from, needsValue ? map.get("value") : null);
    }

    private static JsonPointer pointer(int index, String member, Object raw) {
        if (!(raw instanceof String text)) {
            throw OAuthException.invalidRequest("patch operation " + index + " needs a string " + member);
        }
        try {
            return JsonPointer.parse(text);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("patch operation " + index + " has a malformed " + member + " pointer");
        }
    }

    private static Object applyOne(Object document, Operation operation) {
        return switch (operation.op()) {
            case "add" -> add(document, operation.path(), mutableCopy(operation.value()));
            case "remove" -> remove(document, operation.path());
            // RFC 6902 §4.3: the root always exists, so replacing it is allowed even though removing it is not.
            case "replace" -> operation.path().isRoot()
                    ? mutableCopy(operation.value())
                    : add(remove(document, operation.path()), operation.path(), mutableCopy(operation.value()));
            case "move" -> {
                Object value = get(document, operation.from().orElseThrow());
                yield add(remove(document, operation.from().orElseThrow()), operation.path(), value);
            }
            case "copy" -> add(document, operation.path(), mutableCopy(get(document, operation.from().orElseThrow())));
            case "test" -> {
                if (!jsonEquals(get(document, operation.path()), operation.value())) {
                    throw new PatchFailure("the value differs");
                }
                yield document;
            }
            default -> throw new IllegalStateException(operation.op());
        };
    }

    private static Object get(Object document, JsonPointer pointer) {
        Object current = document;
        for (String token : pointer.tokens()) {
            current = child(current, token);
        }
        return current;
    }

    private static Object child(Object container, String token) {
        if (container instanceof Map<?, ?> map) {
            if (!map.containsKey(token)) {
                throw new PatchFailure("no member '" + token + "'");
            }
            return map.get(token);
        }
        if (container instanceof List<?> list) {
            int index = index(token, list.size() - 1);
            return list.get(index);
        }
        throw new PatchFailure("'" + token + "' is inside a value that is neither an object nor an array");
    }

    @SuppressWarnings("unchecked")
    private static Object add(Object document, JsonPointer path, Object value) {
        if (path.isRoot()) {
            return value;
        }
        Object parent = get(document, path.parent());
        String token = path.last();
        if (parent instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(token, value);
        } else if (parent instanceof List<?> list) {
            int index = token.equals("-") ? list.size() : index(token, list.size());
            ((List<Object>) list).add(index, value);
        } else {
            throw new PatchFailure("the parent of the path is neither an object nor an array");
        }
        return document;
    }

    private static Object remove(Object document, JsonPointer path) {
        if (path.isRoot()) {
            throw new PatchFailure("the whole document cannot be removed");
        }
        Object parent = get(document, path.parent());
        String token = path.last();
        if (parent instanceof Map<?, ?> map) {
            if (!map.containsKey(token)) {
                throw new PatchFailure("no member '" + token + "'");
            }
            map.remove(token);
        } else if (parent instanceof List<?> list) {
            list.remove(index(token, list.size() - 1));
        } else {
            throw new PatchFailure("the parent of the path is neither an object nor an array");
        }
        return document;
    }

    private static int index(String token, int max) {
        if (!ARRAY_INDEX.matcher(token).matches()) {
            throw new PatchFailure("'" + token + "' is not an array index");
        }
        int index = Integer.parseInt(token);
        if (index > max) {
            throw new PatchFailure("index " + index + " is out of bounds");
        }
        return index;
    }

    private static Object mutableCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), mutableCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(mutableCopy(v)));
            return copy;
        }
        return value;
    }

    /** RFC 6902 §4.6: numbers are equal when their values are, objects regardless of member order. */
    static boolean jsonEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> jsonEquals(x.get(k), y.get(k)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!jsonEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /** Why one operation could not be applied; becomes {@code invalid_request} at the patch boundary. */
    private static final class PatchFailure extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PatchFailure(String message) {
            super(message, null);
        }
    }

    @Override
    public String toString() {
        return "JsonPatch" + Collections.unmodifiableList(operations);
    }
}

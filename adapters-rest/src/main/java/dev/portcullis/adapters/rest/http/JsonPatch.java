package dev.portcullis.adapters.rest.http;

import dev.portcullis.domain.error.OAuthException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An RFC 6902 JSON Patch of a surface's document, applied with JSON-P's implementation one operation at a time, so
 * that a failure names its operation and nothing is half-applied. Bounded by the surface: at most so many
 * operations, and every intermediate document under so many characters, so that repeated {@code copy} operations
 * cannot double a document into memory exhaustion. Every failure is {@code invalid_request}.
 */
public final class JsonPatch {

    private static final Set<String> OPERATIONS = Set.of("add", "remove", "replace", "move", "copy", "test");

    private final List<JsonObject> operations;
    private final int maxResultLength;

    private JsonPatch(List<JsonObject> operations, int maxResultLength) {
        this.operations = List.copyOf(operations);
        this.maxResultLength = maxResultLength;
    }

    /**
     * Reads a patch document: an array of operation objects.
     *
     * @param maxOperations   the most operations a patch may hold
     * @param maxResultLength the most characters the document may have after any operation
     * @throws OAuthException {@code invalid_request} when it is not a well-formed patch, or too long
     */
    public static JsonPatch parse(JsonValue document, int maxOperations, int maxResultLength) {
        if (!(document instanceof JsonArray array)) {
            throw OAuthException.invalidRequest("a JSON Patch document is an array of operations");
        }
        if (array.size() > maxOperations) {
            throw OAuthException.invalidRequest("a JSON Patch may hold at most " + maxOperations + " operations");
        }
        List<JsonObject> operations = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            operations.add(operation(i, array.get(i)));
        }
        return new JsonPatch(operations, maxResultLength);
    }

    /** Whether any operation writes to, removes or moves away the top-level {@code member}, or something inside it. */
    public boolean touches(String member) {
        for (JsonObject operation : operations) {
            String op = operation.getString("op");
            if (op.equals("test")) {
                continue;
            }
            List<String> path = tokens(operation.getString("path"));
            if (path.isEmpty() || path.get(0).equals(member)) {
                return true;
            }
            if (op.equals("move") && tokens(operation.getString("from")).stream().findFirst().filter(member::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The top-level members that the operations other than {@code test} change: their paths' first tokens, and the
     * first tokens of what a {@code move} takes away. The empty string stands for the whole document.
     */
    public Set<String> changedMembers() {
        Set<String> members = new java.util.LinkedHashSet<>();
        for (JsonObject operation : operations) {
            String op = operation.getString("op");
            if (op.equals("test")) {
                continue;
            }
            members.add(tokens(operation.getString("path")).stream().findFirst().orElse(""));
            if (op.equals("move")) {
                members.add(tokens(operation.getString("from")).stream().findFirst().orElse(""));
            }
        }
        return Set.copyOf(members);
    }

    /** The patched copy of {@code document}, which must still be an object. @throws OAuthException {@code invalid_request} */
    public JsonObject applyToObject(JsonObject document) {
        JsonValue patched = apply(document);
        if (patched.getValueType() != JsonValue.ValueType.OBJECT) {
            throw OAuthException.invalidRequest("the patched document must remain a JSON object");
        }
        return patched.asJsonObject();
    }

    /** The patched copy of {@code document}. @throws OAuthException {@code invalid_request} */
    public JsonValue apply(JsonObject document) {
        JsonStructure current = document;
        for (int i = 0; i < operations.size(); i++) {
            JsonObject operation = operations.get(i);
            if (!indicesAreCanonical(current, operation)) {
                throw OAuthException.invalidRequest("patch operation " + i + " (" + operation.getString("op") + " "
                        + operation.getString("path") + ") failed: an array index has a leading zero");
            }
            try {
                current = Json.createPatch(Json.createArrayBuilder().add(operation).build()).apply(current);
            } catch (JsonException | IllegalArgumentException | UnsupportedOperationException failure) {
                throw OAuthException.invalidRequest("patch operation " + i + " (" + operation.getString("op") + " "
                        + operation.getString("path") + ") failed");
            }
            if (current.toString().length() > maxResultLength) {
                throw OAuthException.invalidRequest("patch operation " + i + " makes the document larger than "
                        + maxResultLength + " characters");
            }
        }
        return current;
    }

    /**
     * RFC 6901 §4: an array index is {@code 0} or digits without a leading zero. JSON-P's pointers also take
     * {@code 01} for 1, so the operation's pointers are walked through the document first.
     */
    private static boolean indicesAreCanonical(JsonValue document, JsonObject operation) {
        for (String member : List.of("path", "from")) {
            if (!(operation.get(member) instanceof JsonString pointer)) {
                continue;
            }
            JsonValue current = document;
            for (String token : tokens(pointer.getString())) {
                if (current instanceof JsonArray array) {
                    if (token.length() > 1 && token.charAt(0) == '0') {
                        return false;
                    }
                    if (!token.matches("[0-9]+")) {
                        break;
                    }
                    int index = Integer.parseInt(token.length() > 9 ? "999999999" : token);
                    if (index >= array.size()) {
                        break;
                    }
                    current = array.get(index);
                } else if (current instanceof JsonObject object && object.containsKey(token)) {
                    current = object.get(token);
                } else {
                    break;
                }
            }
        }
        return true;
    }

    private static JsonObject operation(int index, JsonValue raw) {
        if (!(raw instanceof JsonObject operation)) {
            throw OAuthException.invalidRequest("patch operation " + index + " is not an object");
        }
        if (!(operation.get("op") instanceof JsonString op) || !OPERATIONS.contains(op.getString())) {
            throw OAuthException.invalidRequest("patch operation " + index + " has no known op");
        }
        pointer(index, operation, "path");
        if (op.getString().equals("move") || op.getString().equals("copy")) {
            pointer(index, operation, "from");
        }
        boolean needsValue = Set.of("add", "replace", "test").contains(op.getString());
        if (needsValue && !operation.containsKey("value")) {
            throw OAuthException.invalidRequest("patch operation " + index + " (" + op.getString() + ") needs a value");
        }
        return operation;
    }

    private static void pointer(int index, JsonObject operation, String member) {
        if (!(operation.get(member) instanceof JsonString text)) {
            throw OAuthException.invalidRequest("patch operation " + index + " needs a string " + member);
        }
        try {
            tokens(text.getString());
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("patch operation " + index + " has a malformed " + member + " pointer");
        }
    }

    /** RFC 6901: the reference tokens of a pointer, unescaped. */
    static List<String> tokens(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/'");
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            if (raw.replace("~0", "").replace("~1", "").contains("~")) {
                throw new IllegalArgumentException("'~' is escaped as ~0 or ~1");
            }
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}

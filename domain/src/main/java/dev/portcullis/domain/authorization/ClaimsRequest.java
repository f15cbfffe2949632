package dev.portcullis.domain.authorization;

import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.text.JsonText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code claims} request parameter (OIDC Core §5.5): the individual claims a client asks for, in userinfo
 * and in the ID token, each as {@code null} (a voluntary claim) or an object with {@code essential},
 * {@code value} or {@code values}. Held as its JSON object, members other than {@code userinfo} and
 * {@code id_token} left out, so that a login and consent app can read it as the client wrote it.
 */
public record ClaimsRequest(JsonDocument document) {

    private static final List<String> TARGETS = List.of("userinfo", "id_token");

    /** No {@code claims} parameter. */
    public static final ClaimsRequest NONE = new ClaimsRequest(JsonDocument.EMPTY);

    public ClaimsRequest {
        document = new JsonDocument(checked(document.members()));
    }

    /**
     * The parameter's value, JSON text; a request object's {@code claims} object arrives as its text too.
     *
     * @throws OAuthException {@code invalid_request} when it is not a JSON object of the shape §5.5 describes
     */
    public static ClaimsRequest parse(String text) {
        Object value;
        try {
            value = JsonText.parse(text);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("the claims parameter is not JSON");
        }
        if (!(value instanceof Map<?, ?> members)) {
            throw OAuthException.invalidRequest("the claims parameter is not a JSON object");
        }
        try {
            return new ClaimsRequest(new JsonDocument(castMembers(members)));
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("the claims parameter is malformed: " + e.getMessage());
        }
    }

    /** The claims asked for in the ID token, in the order the client wrote them. */
    public Set<String> idToken() {
        return names("id_token");
    }

    /** The claims asked for in userinfo. */
    public Set<String> userinfo() {
        return names("userinfo");
    }

    /** Every claim asked for, in either. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>(userinfo());
        names.addAll(idToken());
        return Collections.unmodifiableSet(names);
    }

    public boolean isEmpty() {
        return document.isEmpty();
    }

    private Set<String> names(String target) {
        Object requests = document.members().get(target);
        return requests instanceof Map<?, ?> map ? castMembers(map).keySet() : Set.of();
    }

    /** The {@code userinfo} and {@code id_token} members, each checked to be an object of claim requests. */
    private static Map<String, Object> checked(Map<String, Object> members) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String target : TARGETS) {
            if (!members.containsKey(target)) {
                continue;
            }
            if (!(members.get(target) instanceof Map<?, ?> requests)) {
                throw new IllegalArgumentException(target + " is not an object");
            }
            castMembers(requests).forEach((claim, request) -> check(target, claim, request));
            kept.put(target, requests);
        }
        return kept;
    }

    private static void check(String target, String claim, Object request) {
        if (request == null) {
            return;
        }
        if (!(request instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(target + "." + claim + " is neither null nor an object");
        }
        if (map.containsKey("essential") && !(map.get("essential") instanceof Boolean)) {
            throw new IllegalArgumentException(target + "." + claim + ".essential is not a boolean");
        }
        if (map.containsKey("values") && !(map.get("values") instanceof List)) {
            throw new IllegalArgumentException(target + "." + claim + ".values is not an array");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMembers(Map<?, ?> map) {
        // JsonDocument and JsonText name members with strings only.
        return (Map<String, Object>) map;
    }
}

package dev.portcullis.domain.authorization;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The standard claims each OpenID Connect scope releases (OIDC Core §5.4). */
public final class ScopeClaims {

    private static final Map<String, List<String>> CLAIMS = new LinkedHashMap<>();

    static {
        CLAIMS.put("profile", List.of("name", "family_name", "given_name", "middle_name", "nickname",
                "preferred_username", "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale",
                "updated_at"));
        CLAIMS.put("email", List.of("email", "email_verified"));
        CLAIMS.put("address", List.of("address"));
        CLAIMS.put("phone", List.of("phone_number", "phone_number_verified"));
    }

    private ScopeClaims() {
    }

    /** The scopes that release claims: {@code profile}, {@code email}, {@code address} and {@code phone}. */
    public static List<String> scopes() {
        return List.copyOf(CLAIMS.keySet());
    }

    /** Every claim some scope releases, scope by scope. */
    public static List<String> claims() {
        Set<String> all = new LinkedHashSet<>();
        CLAIMS.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** Whether granting {@code scopes} releases the claim {@code claim}. */
    public static boolean releases(Iterable<String> scopes, String claim) {
        for (String scope : scopes) {
            if (CLAIMS.getOrDefault(scope, List.of()).contains(claim)) {
                return true;
            }
        }
        return false;
    }
}

package dev.portcullis.adapters.rest.ui;

import java.util.Map;
import java.util.Set;

/** What the consent page says each scope lets the application do, and which user claims each scope releases. */
final class ScopeDescriptions {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "openid", "Know who you are: your user identifier on this server",
            "profile", "See your name and basic profile",
            "email", "See your email address",
            "address", "See your postal address",
            "phone", "See your phone number",
            "offline_access", "Keep access while you are away (a refresh token)",
            "offline", "Keep access while you are away (a refresh token)");

    private static final Map<String, Set<String>> CLAIMS = Map.of(
            "profile", Set.of("name", "family_name", "given_name", "middle_name", "nickname", "preferred_username",
                    "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale", "updated_at"),
            "email", Set.of("email", "email_verified"),
            "address", Set.of("address"),
            "phone", Set.of("phone_number", "phone_number_verified"));

    private ScopeDescriptions() {
    }

    static String describe(String scope) {
        return DESCRIPTIONS.getOrDefault(scope, "Use the permission \u201c" + scope + "\u201d");
    }

    /** Whether granting {@code scopes} releases the user claim {@code claim} (OIDC Core §5.4). */
    static boolean releases(Iterable<String> scopes, String claim) {
        for (String scope : scopes) {
            if (CLAIMS.getOrDefault(scope, Set.of()).contains(claim)) {
                return true;
            }
        }
        return false;
    }
}

package dev.portcullis.adapters.rest.ui;

import java.util.Map;

/** What the consent page says each scope lets the application do. */
final class ScopeDescriptions {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "openid", "Know who you are: your user identifier on this server",
            "profile", "See your name and basic profile",
            "email", "See your email address",
            "address", "See your postal address",
            "phone", "See your phone number",
            "offline_access", "Keep access while you are away (a refresh token)",
            "offline", "Keep access while you are away (a refresh token)");

    private ScopeDescriptions() {
    }

    static String describe(String scope) {
        return DESCRIPTIONS.getOrDefault(scope, "Use the permission \u201c" + scope + "\u201d");
    }
}

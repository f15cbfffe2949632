package dev.portcullis.adapters.rest.ui;

import java.util.Objects;

/**
 * How the built-in login page authenticates users.
 *
 * @param acr     the Authentication Context Class Reference (OIDC Core §2) of its password sign-in, in every
 *                login it accepts and so in the ID token's {@code acr}
 * @param serving whether the server sends logins to this page ({@code portcullis.urls.login} unset), so that
 *                discovery advertises {@code acr} in {@code acr_values_supported}
 */
public record BuiltInLogin(String acr, boolean serving) {

    public BuiltInLogin {
        Objects.requireNonNull(acr, "acr");
        if (acr.isBlank()) {
            throw new IllegalArgumentException("the built-in login's acr is not blank");
        }
    }
}

package dev.portcullis.application.authorization;

import java.util.Objects;

/** Where the app sends the browser next ({@code redirect_to}). */
public record Redirection(String redirectTo) {

    public Redirection {
        Objects.requireNonNull(redirectTo, "redirectTo");
    }
}

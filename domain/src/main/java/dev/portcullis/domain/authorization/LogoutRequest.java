package dev.portcullis.domain.authorization;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An RP-initiated logout (OIDC RP-Initiated Logout 1.0) waiting for the logout app's answer, found by the
 * keyed hash of its challenge and, once accepted, of its verifier.
 *
 * @param sessionId             the login session to end
 * @param postLogoutRedirectUri where the browser goes afterwards, already checked against the client's list
 * @param rpInitiated           whether a relying party sent the user (with an {@code id_token_hint})
 */
public record LogoutRequest(
        TokenSignature challenge,
        int version,
        Stage stage,
        String subject,
        String sessionId,
        Optional<ClientId> clientId,
        Optional<String> postLogoutRedirectUri,
        Optional<String> state,
        boolean rpInitiated,
        String requestUrl,
        Optional<TokenSignature> verifier,
        Instant expiresAt) {

    /** Where a logout request stands. */
    public enum Stage {
        REQUESTED("requested"), ACCEPTED("accepted"), REJECTED("rejected"), DONE("done");

        private final String wireName;

        Stage(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Stage fromWireName(String name) {
            for (Stage stage : values()) {
                if (stage.wireName.equals(name)) {
                    return stage;
                }
            }
            throw new IllegalArgumentException("no logout stage " + name);
        }
    }

    public LogoutRequest {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(postLogoutRedirectUri, "postLogoutRedirectUri");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestUrl, "requestUrl");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public LogoutRequest accept(TokenSignature logoutVerifier) {
        expect(Stage.REQUESTED);
        return with(Stage.ACCEPTED, Optional.of(logoutVerifier));
    }

    public LogoutRequest reject() {
        expect(Stage.REQUESTED);
        return with(Stage.REJECTED, verifier);
    }

    /** The verifier came back and the session ended. */
    public LogoutRequest finish() {
        expect(Stage.ACCEPTED);
        return with(Stage.DONE, verifier);
    }

    private void expect(Stage expected) {
        if (stage != expected) {
            throw new IllegalStateException("the logout request is " + stage.wireName() + ", not " + expected.wireName());
        }
    }

    private LogoutRequest with(Stage nextStage, Optional<TokenSignature> nextVerifier) {
        return new LogoutRequest(challenge, version + 1, nextStage, subject, sessionId, clientId, postLogoutRedirectUri,
                state, rpInitiated, requestUrl, nextVerifier, expiresAt);
    }
}

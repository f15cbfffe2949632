package dev.portcullis.application.authorization;

/** The consent app says what the user grants the client (DESIGN.md §5 step 4). */
public interface AcceptConsentRequestUseCase {

    /**
     * Records the consent and hands out the verifier the browser brings back to the authorization endpoint. The
     * app may grant fewer scopes and audiences than requested, and never more than the client is registered for.
     *
     * @throws dev.portcullis.domain.error.OAuthException as {@link GetConsentRequestUseCase#get}; {@code not_found}
     *         when the client is gone; {@code invalid_scope} for a scope the client is not registered for;
     *         {@code invalid_request} for a value that is no scope, an audience the client is not registered for,
     *         or a negative {@code remember_for}
     */
    Redirection accept(ConsentAnswer answer);
}

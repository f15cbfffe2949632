package dev.portcullis.application.token;

/** Token introspection (RFC 7662). */
public interface IntrospectTokenUseCase {

    /**
     * Reports whether the token is active and, if so, what it is for. Any token string is accepted; a
     * malformed one is simply inactive.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_client} when a caller is given and
     *         fails to authenticate or is a public client
     */
    Introspection introspect(IntrospectTokenCommand command);
}

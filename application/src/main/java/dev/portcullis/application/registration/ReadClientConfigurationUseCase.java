package dev.portcullis.application.registration;

/** A registered client reads its registration (RFC 7592 §2.1). */
public interface ReadClientConfigurationUseCase {

    /**
     * The client's registration, with a new registration access token that replaces the presented one.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_token} when the token is missing or wrong,
     *         or the client does not exist, was not registered dynamically or was disabled (RFC 7592 §2.1: the same
     *         answer)
     */
    ClientConfiguration read(ConfigurationAccess access);
}

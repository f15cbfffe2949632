package dev.portcullis.application.registration;

/** A registered client deletes itself (RFC 7592 §2.3). */
public interface DeleteClientConfigurationUseCase {

    /**
     * Deletes the client with everything it was given, its registration access token included.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_token} as for reading
     */
    void delete(ConfigurationAccess access);
}

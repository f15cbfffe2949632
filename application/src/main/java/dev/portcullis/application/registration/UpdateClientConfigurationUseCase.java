package dev.portcullis.application.registration;

/** A registered client replaces its metadata (RFC 7592 §2.2). */
public interface UpdateClientConfigurationUseCase {

    /**
     * Replaces the client's metadata, under the same rules as a registration, keeping its id and secret; a client
     * that now needs a secret gets a generated one. What only an administrator sets (audience, acting subjects,
     * skipped consent, lifespans, enabled…) stays as it is. A new registration access token replaces the presented one.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_token} as for reading;
     *         {@code invalid_client_metadata} as for registering
     */
    ClientConfiguration update(ConfigurationChange change);
}

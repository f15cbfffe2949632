package dev.portcullis.application.port;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.TokenSignature;

import java.util.Optional;

/**
 * Stores the registration access token of each dynamically registered client (RFC 7592 §1) as a keyed digest,
 * never the token itself. A client holds at most one; a client registered through the admin API holds none. Every
 * method is atomic on its own; implementations never return null.
 */
public interface RegistrationTokenRepository {

    /** Makes {@code digest} the client's one registration access token, replacing the one it had. */
    void put(ClientId client, TokenSignature digest);

    /** The digest of the client's registration access token, or empty when it has none. */
    Optional<TokenSignature> find(ClientId client);

    /** Forgets the client's registration access token. @return false when it had none */
    boolean remove(ClientId client);
}

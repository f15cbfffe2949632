package dev.portcullis.application.port;

import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Instant;
import java.util.Optional;

/** Stores login sessions. Every method is atomic on its own; implementations never return null. */
public interface LoginSessionRepository {

    /** Stores a new session. @return false, writing nothing, when its id or cookie hash is taken */
    boolean add(LoginSession session);

    /** The session whose cookie has this keyed hash, expired ones included, or empty. */
    Optional<LoginSession> findByCookie(TokenSignature cookie);

    /** Ends one session. @return false when there was none */
    boolean remove(String id);

    /** Ends every session of {@code subject}. @return how many */
    int removeSubject(String subject);

    /** Deletes the sessions that expired before {@code notAfter}. @return how many */
    int removeExpired(Instant notAfter);
}

package dev.portcullis.application.authorization;

import dev.portcullis.application.port.LoginSessionRepository;
import dev.portcullis.domain.authorization.LoginSession;

import java.time.Instant;
import java.util.Optional;

/** The login session a browser's session cookie names. */
public final class BrowserSessions {

    private final LoginSessionRepository sessions;
    private final FlowSecrets secrets;

    public BrowserSessions(LoginSessionRepository sessions, FlowSecrets secrets) {
        this.sessions = sessions;
        this.secrets = secrets;
    }

    /** The session the cookie names, expired or not. */
    Optional<LoginSession> of(BrowserRequest request) {
        return request.cookie(CookieChange.SESSION).flatMap(secrets::hashPresented).flatMap(sessions::findByCookie);
    }

    /** The session the cookie names while it lasts. */
    Optional<LoginSession> current(BrowserRequest request, Instant now) {
        return of(request).filter(session -> now.isBefore(session.expiresAt()));
    }

    /** Remembers a new session. */
    void start(LoginSession session) {
        if (!sessions.add(session)) {
            throw new IllegalStateException("two login sessions with one id: the randomness source is broken");
        }
    }

    /** Ends a session, if it still exists. */
    void end(String id) {
        sessions.remove(id);
    }
}

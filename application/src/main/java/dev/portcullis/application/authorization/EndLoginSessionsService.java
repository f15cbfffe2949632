package dev.portcullis.application.authorization;

import dev.portcullis.application.port.LoginSessionRepository;

public final class EndLoginSessionsService implements EndLoginSessionsUseCase {

    private final LoginSessionRepository sessions;

    public EndLoginSessionsService(LoginSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public int end(LoginSessionQuery query) {
        if (query.sessionId().isPresent()) {
            return sessions.remove(query.sessionId().get()) ? 1 : 0;
        }
        return sessions.removeSubject(query.subject().orElseThrow());
    }
}

package dev.portcullis.application.authorization;

/** Ending login sessions from the admin API. */
public interface EndLoginSessionsUseCase {

    /** @return how many sessions ended; a session id wins over a subject */
    int end(LoginSessionQuery query);
}

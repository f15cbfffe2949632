package dev.portcullis.application.authorization;

import java.util.List;

/** The remembered consents of the admin API. */
public interface ListConsentSessionsUseCase {

    /** The consents in force the query names, newest first. */
    List<ConsentSessionView> list(ConsentSessionQuery query);
}

package dev.portcullis.adapters.persistence.archfixture;

import dev.portcullis.application.archfixture.IssueFixtureUseCase;

/** Breaks the outbound rule: a persistence adapter drives a use case. */
public class PersistenceCallingAUseCase {
    private IssueFixtureUseCase useCase;
}

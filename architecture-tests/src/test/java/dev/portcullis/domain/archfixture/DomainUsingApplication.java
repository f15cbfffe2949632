package dev.portcullis.domain.archfixture;

import dev.portcullis.application.archfixture.IssueFixtureUseCase;

/** Breaks the module direction: the domain depends on the application. */
public class DomainUsingApplication {
    private IssueFixtureUseCase useCase;
}

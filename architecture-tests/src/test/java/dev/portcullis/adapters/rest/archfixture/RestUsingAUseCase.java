package dev.portcullis.adapters.rest.archfixture;

import dev.portcullis.application.archfixture.IssueFixtureUseCase;

/** Compliant: the REST adapter drives the application through a use case. */
public class RestUsingAUseCase {
    private final IssueFixtureUseCase useCase;

    public RestUsingAUseCase(IssueFixtureUseCase useCase) {
        this.useCase = useCase;
    }

    String handle() {
        return useCase.issue();
    }
}

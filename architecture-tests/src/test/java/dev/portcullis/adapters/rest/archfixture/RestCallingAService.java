package dev.portcullis.adapters.rest.archfixture;

import dev.portcullis.application.archfixture.IssueFixtureService;

/** Breaks the use-case boundary: calls a *Service instead of its *UseCase. */
public class RestCallingAService {
    String handle() {
        return new IssueFixtureService().issue();
    }
}

package dev.portcullis.application.archfixture;

/** The implementation of the use case, which no adapter may touch. */
public class IssueFixtureService implements IssueFixtureUseCase {
    @Override
    public String issue() {
        return "issued";
    }
}

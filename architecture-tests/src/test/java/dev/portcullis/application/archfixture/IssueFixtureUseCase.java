package dev.portcullis.application.archfixture;

/** A use case the adapters may or may not touch. */
public interface IssueFixtureUseCase {
    String issue();
}

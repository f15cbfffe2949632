package dev.portcullis.domain.archfixture;

/** Compliant: a named exception may call its RuntimeException super constructor. */
public class FixtureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FixtureException(String message) {
        super(message);
    }
}

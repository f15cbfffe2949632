package dev.portcullis.application.archfixture;

/** An application helper outside the ports, which the storage adapters must not touch. */
public final class FixtureDocuments {
    private FixtureDocuments() {
    }

    public static String write(String value) {
        return value;
    }
}

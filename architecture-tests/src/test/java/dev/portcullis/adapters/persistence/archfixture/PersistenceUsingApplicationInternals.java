package dev.portcullis.adapters.persistence.archfixture;

import dev.portcullis.application.archfixture.FixtureDocuments;

/** Breaks the ports-only rule: a persistence adapter uses an application class outside the ports. */
public class PersistenceUsingApplicationInternals {
    String store(String value) {
        return FixtureDocuments.write(value);
    }
}

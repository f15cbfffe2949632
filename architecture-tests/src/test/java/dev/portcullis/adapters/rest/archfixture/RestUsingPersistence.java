package dev.portcullis.adapters.rest.archfixture;

import dev.portcullis.adapters.persistence.archfixture.FixtureStore;

/** Breaks adapter independence: the REST adapter depends on the persistence adapter. */
public class RestUsingPersistence {
    private FixtureStore store;
}

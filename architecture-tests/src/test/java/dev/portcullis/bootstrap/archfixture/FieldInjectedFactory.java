package dev.portcullis.bootstrap.archfixture;

import jakarta.inject.Inject;

/** Uses field injection. */
public class FieldInjectedFactory {
    @Inject
    FixtureProperties properties;
}

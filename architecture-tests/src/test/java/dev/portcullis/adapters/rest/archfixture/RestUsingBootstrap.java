package dev.portcullis.adapters.rest.archfixture;

import dev.portcullis.bootstrap.archfixture.FixtureProperties;

/** Breaks the rule that nothing depends on bootstrap. */
public class RestUsingBootstrap {
    private FixtureProperties properties;
}

package dev.portcullis.application.archfixture;

import dev.portcullis.adapters.crypto.archfixture.FixtureKeys;

/** Breaks the module direction: the application depends on an adapter. */
public class ApplicationUsingAnAdapter {
    private FixtureKeys keys;
}

package dev.portcullis.adapters.crypto.archfixture;

/** A crypto adapter type that the core must not touch. */
public class FixtureKeys {
}

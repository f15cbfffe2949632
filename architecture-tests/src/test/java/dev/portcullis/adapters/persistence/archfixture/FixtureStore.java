package dev.portcullis.adapters.persistence.archfixture;

/** A persistence adapter type that other adapters must not touch. */
public class FixtureStore {
}

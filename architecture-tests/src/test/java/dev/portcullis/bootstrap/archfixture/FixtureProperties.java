package dev.portcullis.bootstrap.archfixture;

/** A bootstrap type that no other module may touch. */
public class FixtureProperties {
}

package dev.portcullis.adapters.rest.compat.beta.archfixture;

/** A type of one compatibility surface that the other surfaces must not touch. */
public class BetaEndpoint {
}

package dev.portcullis.adapters.rest.compat.alpha.archfixture;

import dev.portcullis.adapters.rest.compat.beta.archfixture.BetaEndpoint;

/** Breaks compat independence: one compatibility surface depends on another. */
public class AlphaUsingBeta {
    private BetaEndpoint beta;
}

package dev.portcullis.adapters.rest.archfixture;

import dev.portcullis.adapters.rest.compat.beta.archfixture.BetaEndpoint;

/** Breaks the layering of surfaces: a package of the server's own REST adapter leans on a compatibility surface. */
public class RestUsingACompatSurface {
    private BetaEndpoint beta;
}

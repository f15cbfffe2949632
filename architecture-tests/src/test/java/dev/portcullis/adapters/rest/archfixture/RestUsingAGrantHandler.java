package dev.portcullis.adapters.rest.archfixture;

import dev.portcullis.application.grant.archfixture.ClientCredentialsGrantHandler;

/** Breaks the use-case boundary: reaches into the grant extension point. */
public class RestUsingAGrantHandler {
    private ClientCredentialsGrantHandler handler;
}

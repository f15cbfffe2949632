package dev.portcullis.application.grant.archfixture;

import dev.portcullis.application.grant.GrantHandler;

/** Compliant: a grant handler named for its grant. */
public abstract class ClientCredentialsGrantHandler implements GrantHandler {
}

package dev.portcullis.application.grant.archfixture;

import dev.portcullis.application.grant.GrantHandler;

/** Breaks the naming rule: a grant handler whose name does not end in GrantHandler. */
public abstract class MisnamedHandler implements GrantHandler {
}

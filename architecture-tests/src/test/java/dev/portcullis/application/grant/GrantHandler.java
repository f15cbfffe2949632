package dev.portcullis.application.grant;

/**
 * Stand-in for the grant-type extension point, so that GRANT_HANDLERS_END_IN_GRANT_HANDLER has a port to
 * look for in the violation fixtures. It lives in test-classes, which the production import excludes.
 * Delete this file when the application module gets the real dev.portcullis.application.grant.GrantHandler
 * (issue 3): the abstract fixtures in application.grant.archfixture then implement the real port unchanged.
 */
public interface GrantHandler {
}

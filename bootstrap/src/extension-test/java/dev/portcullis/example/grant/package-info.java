/**
 * A grant type added from outside the production code, compiled only into the bootstrap tests: proves that
 * a {@link dev.portcullis.application.grant.GrantHandler} bean is all a new grant needs.
 */
package dev.portcullis.example.grant;

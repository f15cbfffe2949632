/**
 * The grant-type extension point (DESIGN.md §3): everything a grant handler needs, and nothing else —
 * {@link dev.portcullis.application.grant.GrantHandler}, the request it handles, the response it gives, and
 * the {@link dev.portcullis.application.grant.TokenIssuer} it issues through. Built-in grants live in the
 * sub-packages.
 */
package dev.portcullis.application.grant;

/**
 * Dynamic client registration (RFC 7591, RFC 7592, OpenID Connect Dynamic Client Registration 1.0): a client
 * registers itself, then reads, changes and deletes its registration with its registration access token.
 */
package dev.portcullis.application.registration;

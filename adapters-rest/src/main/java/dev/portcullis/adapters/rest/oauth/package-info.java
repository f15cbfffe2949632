/**
 * The public OAuth 2.0 and OpenID Connect endpoints, one package each (token, introspection, revocation,
 * authorization, end session, userinfo, discovery, JWKS), and what they share here.
 */
package dev.portcullis.adapters.rest.oauth;

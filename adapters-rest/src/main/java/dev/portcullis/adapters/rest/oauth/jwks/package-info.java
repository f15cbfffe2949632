/** The JWKS endpoint and the JWK Set body the admin key API shares. */
package dev.portcullis.adapters.rest.oauth.jwks;

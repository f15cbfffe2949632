/** Signing keys and key sets: what the server signs tokens with and publishes in its JWKS. */
package dev.portcullis.domain.key;

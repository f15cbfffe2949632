/**
 * The documents clients publish at their registered URLs (a JWK Set at {@code jwks_uri}, the redirect URIs at
 * {@code sector_identifier_uri}), fetched over HTTPS within bounds. Here beside JOSE because what is fetched is
 * the key material, and the trust, that client authentication rests on.
 */
package dev.portcullis.adapters.crypto.remote;

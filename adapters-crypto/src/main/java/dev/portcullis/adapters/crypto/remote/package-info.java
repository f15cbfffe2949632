/**
 * The documents clients publish at URLs they name (request objects by reference, a JWK Set at {@code jwks_uri}, the
 * redirect URIs at {@code sector_identifier_uri}), fetched with the JDK's HTTP client, bounded in time and size and
 * kept away from the server's own network. Here beside JOSE because what is fetched is the key material, and the
 * trust, that client authentication and request objects rest on.
 */
package dev.portcullis.adapters.crypto.remote;

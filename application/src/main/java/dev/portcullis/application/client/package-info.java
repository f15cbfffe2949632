/**
 * Use cases of the client registry: register, read, list, update (replace or patch), delete and rotate secrets;
 * and the public keys clients registered, by value or at their {@code jwks_uri}.
 */
package dev.portcullis.application.client;

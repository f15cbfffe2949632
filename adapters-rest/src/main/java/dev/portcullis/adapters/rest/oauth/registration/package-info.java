/**
 * Dynamic client registration (RFC 7591) and the client configuration endpoint (RFC 7592), in RFC 7591's client
 * metadata JSON, served only when {@code portcullis.registration.enabled} is true.
 */
package dev.portcullis.adapters.rest.oauth.registration;

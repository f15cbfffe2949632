/** The {@code /.well-known} documents: discovery and the JWKS. */
package dev.portcullis.adapters.rest.wellknown;

/** How the REST adapter turns OAuth errors and framework failures into RFC 6749 error JSON with the right status. */
package dev.portcullis.adapters.rest.error;

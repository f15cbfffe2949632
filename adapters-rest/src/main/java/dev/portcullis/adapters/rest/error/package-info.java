/**
 * Errors: the one table from error codes to HTTP statuses, and how each surface writes the body (RFC 6749
 * JSON unless a compatibility surface owns the route), for the core's errors and the framework's alike.
 */
package dev.portcullis.adapters.rest.error;

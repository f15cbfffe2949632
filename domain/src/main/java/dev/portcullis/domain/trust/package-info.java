/**
 * Trust in other issuers of JWTs (RFC 7523 §2.1 assertions): which issuer's key may assert which subjects, with
 * which scope, until when; and the assertion ids already used, so that none is accepted twice.
 */
package dev.portcullis.domain.trust;

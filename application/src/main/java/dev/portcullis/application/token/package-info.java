/**
 * Tokens: client authentication, issuing access and refresh tokens, introspection (RFC 7662),
 * revocation (RFC 7009) and flushing expired records.
 */
package dev.portcullis.application.token;

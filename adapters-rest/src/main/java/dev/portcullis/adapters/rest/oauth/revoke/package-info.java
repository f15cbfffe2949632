/** Token revocation (RFC 7009). */
package dev.portcullis.adapters.rest.oauth.revoke;

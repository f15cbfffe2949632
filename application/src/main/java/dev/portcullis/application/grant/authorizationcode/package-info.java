/** RFC 6749 §4.1.3: redeeming an authorization code, with PKCE (RFC 7636). */
package dev.portcullis.application.grant.authorizationcode;

/** The public OAuth 2.0 endpoints: token, introspection and revocation. */
package dev.portcullis.adapters.rest.oauth;

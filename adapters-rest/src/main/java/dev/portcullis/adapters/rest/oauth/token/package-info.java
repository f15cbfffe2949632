/** The token endpoint. */
package dev.portcullis.adapters.rest.oauth.token;

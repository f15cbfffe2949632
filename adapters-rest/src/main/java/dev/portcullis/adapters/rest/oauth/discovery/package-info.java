/** The discovery documents, put together from what each endpoint contributes. */
package dev.portcullis.adapters.rest.oauth.discovery;

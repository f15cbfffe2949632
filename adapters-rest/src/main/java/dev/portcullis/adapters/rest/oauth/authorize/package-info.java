/** The authorization endpoint, where every authorization code flow starts and comes back to. */
package dev.portcullis.adapters.rest.oauth.authorize;

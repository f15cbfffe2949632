/** What the authorization code and refresh token grants share: the tokens a consented flow yields, ID tokens included. */
package dev.portcullis.application.grant.flow;

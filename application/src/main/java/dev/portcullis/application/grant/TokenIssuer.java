package dev.portcullis.application.grant;

import dev.portcullis.domain.token.GrantId;

/**
 * How a grant handler issues tokens: a signed RFC 9068 JWT or an opaque {@code pc_at_} access token per the
 * client's strategy, and opaque {@code pc_rt_} refresh tokens. Every token gets a record, found by the keyed
 * hash of its string, so that introspection and revocation work for all of them alike.
 */
public interface TokenIssuer {

    /** A fresh id for a new family of tokens, never shown to anyone. */
    GrantId newGrantId();

    /** Issues and records an access token; its lifespan is the client's for the grant type, or the server's. */
    IssuedToken issueAccessToken(AccessTokenGrant grant);

    /** Issues and records a refresh token in the grant's family; extra claims are not kept. */
    IssuedToken issueRefreshToken(AccessTokenGrant grant);
}

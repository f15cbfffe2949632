/**
 * The Auth0-style authentication API (seed 001), as the Pieces OS client calls it: {@code GET /authorize},
 * {@code POST /oauth/token}, {@code GET /userinfo} (the OpenID Connect endpoint itself) and
 * {@code GET /v2/logout}. Served unless {@code portcullis.compat.auth0.enabled} is {@code false}.
 */
package dev.portcullis.adapters.rest.compat.auth0;

/**
 * Box's OAuth 2.0 paths (seed 003) beyond the standard ones: the authorization endpoint also answers on
 * {@code /api/oauth2/authorize} (where Box's SDKs send the browser, under their authorization base URL) and
 * {@code /oauth2/authorize}. Box's token and revocation calls already land on {@code /oauth2/token} and
 * {@code /oauth2/revoke}, and its grants are the core's. Served unless {@code portcullis.compat.box.enabled} is
 * {@code false}.
 */
package dev.portcullis.adapters.rest.compat.box;

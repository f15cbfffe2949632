/**
 * Authress's platform extensions (seed 000), as Authress's own SDK calls them: {@code /v1/extensions} CRUD with
 * {@code limit} and {@code cursor}, the extensions' login at {@code GET /?client_id=…} and their token requests at
 * {@code POST /api/authentication/oauth/tokens} with a JSON body. An extension is a public PKCE client of the
 * core, marked as one in its free-form metadata. Served unless {@code portcullis.compat.authress.enabled} is
 * {@code false}.
 */
package dev.portcullis.adapters.rest.compat.authress;

/**
 * What the endpoints a browser visits share (the authorization and end-session endpoints, the built-in pages):
 * how their answers are written — redirects, cookies, error pages, {@code form_post} pages — and protected.
 */
package dev.portcullis.adapters.rest.browser;

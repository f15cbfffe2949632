/**
 * The endpoints a browser visits: the authorization endpoint, the end-session endpoint, and how their answers
 * (redirects, cookies, error pages, {@code form_post} pages) are written.
 */
package dev.portcullis.adapters.rest.browser;

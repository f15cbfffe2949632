/**
 * The built-in login, consent and logout app: server-rendered pages that answer the flow's requests through
 * the same use cases as the admin API, for deployments that bring no login app of their own.
 */
package dev.portcullis.adapters.rest.ui;

/** Token introspection (RFC 7662) and its response body, which the admin API's introspection shares. */
package dev.portcullis.adapters.rest.oauth.introspect;

/** Token administration: introspection without client authentication, revoking a client's tokens, flushing. */
package dev.portcullis.adapters.rest.admin.token;

/** Key set administration: listing, generating (rotating) and deleting signing keys. */
package dev.portcullis.adapters.rest.admin.key;

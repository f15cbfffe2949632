/** The OAuth error vocabulary of the RFCs this server implements, shared by every layer. */
package dev.portcullis.domain.error;

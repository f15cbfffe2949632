/** JOSE with Nimbus: generating and sealing signing keys, and signing and verifying JWS tokens with them. */
package dev.portcullis.adapters.crypto.jose;

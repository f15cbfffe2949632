/** Hashing client secrets for storage and verifying presented secrets against the stored hashes. */
package dev.portcullis.adapters.crypto.hash;

/** Keyed digests of presented tokens and secrets, by which their records are found. */
package dev.portcullis.adapters.crypto.digest;

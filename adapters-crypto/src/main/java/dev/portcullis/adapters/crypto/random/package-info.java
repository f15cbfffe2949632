/** Cryptographically strong randomness for the application's {@code Randomness} port. */
package dev.portcullis.adapters.crypto.random;

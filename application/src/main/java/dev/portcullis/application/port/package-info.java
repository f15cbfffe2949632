/** Outbound ports: what the use cases need from storage, cryptography, randomness and the clock. */
package dev.portcullis.application.port;

/**
 * Fetching what clients publish at URLs they name (request objects by reference, JWK Sets), with the JDK's HTTP
 * client, bounded in time and size and kept away from the server's own network.
 */
package dev.portcullis.adapters.crypto.remote;

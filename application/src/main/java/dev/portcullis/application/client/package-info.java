/** Use cases of the client registry: register, read, list, update (replace or patch), delete and rotate secrets. */
package dev.portcullis.application.client;

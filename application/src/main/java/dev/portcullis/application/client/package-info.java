/** Use cases of the client registry: register, read, list, replace, patch, delete and rotate secrets. */
package dev.portcullis.application.client;

/** Tokens: the kinds this server issues and, later, their records and lifecycle. */
package dev.portcullis.domain.token;

/** The registered client application: its identity, credentials and the metadata its flows are checked against. */
package dev.portcullis.domain.client;

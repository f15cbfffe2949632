/** The in-memory storage adapter: ephemeral, for tests and trying things out. */
package dev.portcullis.adapters.persistence.memory;

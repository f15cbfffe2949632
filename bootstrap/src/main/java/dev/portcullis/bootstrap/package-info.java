/** The entry point: starts Micronaut with the adapters and the core wired together. */
package dev.portcullis.bootstrap;

/** The factories that build the plain-Java application services from the adapters: read these to see how Portcullis is assembled. */
package dev.portcullis.bootstrap.wiring;

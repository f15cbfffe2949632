/** Configuration properties, turned here into the plain values the core and the adapters take. */
package dev.portcullis.bootstrap.config;

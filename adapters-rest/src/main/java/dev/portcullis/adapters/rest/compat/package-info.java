/**
 * The compatibility surfaces, one sub-package per vendor API ({@code compat.<system>}): each translates its
 * wire format to the use cases and back, with no protocol rule of its own, and none depends on another.
 */
package dev.portcullis.adapters.rest.compat;

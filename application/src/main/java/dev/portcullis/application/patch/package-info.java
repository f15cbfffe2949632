/** RFC 6902 JSON Patch and RFC 6901 JSON Pointer over plain Java JSON trees. */
package dev.portcullis.application.patch;

/** Plain text checks and notations shared by the value types, and by the adapters that read and write them. */
package dev.portcullis.domain.text;

/** Plain text checks shared by the domain's value types. */
package dev.portcullis.domain.text;

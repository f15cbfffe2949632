/** Grants: grant types and, later, authorization requests and the codes they yield. */
package dev.portcullis.domain.grant;

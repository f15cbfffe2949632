/** RFC 7523 §2.1: a JWT from a trusted issuer as an authorization grant. */
package dev.portcullis.application.grant.jwtbearer;

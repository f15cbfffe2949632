/** RFC 6749 §6: refreshing tokens, with rotation and reuse detection (RFC 9700 §4.14.2). */
package dev.portcullis.application.grant.refreshtoken;

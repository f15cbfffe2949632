/** Rate limits on the token endpoint, the admin APIs and the built-in login page: who may send another request now. */
package dev.portcullis.application.ratelimit;

/**
 * Rate limits at the HTTP edge: the token endpoints per client and the admin APIs of every surface per caller,
 * answered with 429 and {@code Retry-After} in the shape of the surface the route belongs to.
 */
package dev.portcullis.adapters.rest.ratelimit;

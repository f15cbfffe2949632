/** Liveness and readiness probes for operators and load balancers. */
package dev.portcullis.adapters.rest.health;

/**
 * ORY Hydra's early API (seed 002) and the paths of Hydra 1.x's admin API without {@code /admin}: clients with
 * {@code id} and {@code public}, offset paging, the one-step consent requests, flush and introspection. Served
 * unless {@code portcullis.compat.hydra0.enabled} is {@code false}.
 */
package dev.portcullis.adapters.rest.compat.hydra0;

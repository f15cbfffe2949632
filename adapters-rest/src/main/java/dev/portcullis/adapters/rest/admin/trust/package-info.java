/** Trusted JWT grant issuers on ORY Hydra v2's admin paths: {@code /admin/trust/grants/jwt-bearer/issuers}. */
package dev.portcullis.adapters.rest.admin.trust;

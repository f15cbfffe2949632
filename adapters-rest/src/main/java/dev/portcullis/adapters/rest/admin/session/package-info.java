/** Remembered consents and login sessions on ORY Hydra v2's admin paths. */
package dev.portcullis.adapters.rest.admin.session;

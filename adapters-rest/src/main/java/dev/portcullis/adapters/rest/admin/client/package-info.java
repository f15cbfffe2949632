/** The client registry on ORY Hydra v2's admin paths: its client JSON, RFC 6902 patches of it, and its routes. */
package dev.portcullis.adapters.rest.admin.client;

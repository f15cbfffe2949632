/** The client registry on the ORY Hydra v2 admin paths and shapes. */
package dev.portcullis.adapters.rest.admin.client;

/**
 * The login, consent and logout requests on ORY Hydra v2's admin paths and JSON shapes, so that Hydra's SDKs and
 * login and consent apps work unchanged.
 */
package dev.portcullis.adapters.rest.admin.request;

/** Operations: health and readiness, and the OpenAPI document. */
package dev.portcullis.adapters.rest.ops;

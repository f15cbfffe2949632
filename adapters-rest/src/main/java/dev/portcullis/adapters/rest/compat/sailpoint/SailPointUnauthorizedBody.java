package dev.portcullis.adapters.rest.compat.sailpoint;

import io.micronaut.serde.annotation.Serdeable;

/** SailPoint's 401 body ({@code ListAccessModelMetadataAttribute401Response}): {@code {"error": "..."}}. */
@Serdeable
record SailPointUnauthorizedBody(String error) {
}

package dev.portcullis.adapters.rest.compat.sailpoint;

import io.micronaut.serde.annotation.Serdeable;

/** SailPoint's 429 body ({@code ListAccessModelMetadataAttribute429Response}): {@code {"message": "..."}}. */
@Serdeable
record SailPointTooManyRequestsBody(String message) {
}

package dev.portcullis.adapters.rest.compat.sailpoint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** SailPoint's {@code JsonPatchOperation}, as the OpenAPI document describes a patch; the patch itself is read by JSON-P. */
@Serdeable
record SailPointPatchOperationBody(String op, String path, @Nullable String from, @Nullable Object value) {
}

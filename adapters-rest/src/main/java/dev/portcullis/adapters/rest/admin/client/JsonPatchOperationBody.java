package dev.portcullis.adapters.rest.admin.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One RFC 6902 operation, as the OpenAPI document describes a client patch; the patch itself is read by JSON-P. */
@Serdeable
record JsonPatchOperationBody(String op, String path, @Nullable String from, @Nullable Object value) {
}

package dev.portcullis.adapters.rest.compat.sailpoint;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * SailPoint's {@code ErrorResponseDto}, the body of its 400, 403, 404 and 500 answers: a fine-grained
 * {@code detailCode}, a {@code trackingId} to find the failure by, and the reason as localized messages.
 */
@Serdeable
record SailPointErrorBody(String detailCode, String trackingId, List<Message> messages) {

    /** {@code ErrorMessageDto}: the text in a locale, and whether that locale is the default or the request's. */
    @Serdeable
    record Message(String locale, String localeOrigin, String text) {
    }
}

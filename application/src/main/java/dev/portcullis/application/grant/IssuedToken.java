package dev.portcullis.application.grant;

import dev.portcullis.domain.token.TokenRecord;

import java.time.Duration;
import java.util.Objects;

/** A token just issued: the string handed to the client (shown once, never stored) and its record. */
public record IssuedToken(String value, TokenRecord record) {

    public IssuedToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(record, "record");
    }

    /** Whole seconds from issue to expiry. */
    public long expiresIn() {
        return Duration.between(record.issuedAt(), record.expiresAt()).toSeconds();
    }

    @Override
    public String toString() {
        return "IssuedToken[" + record.kind().wireName() + ", " + record.signature() + "]";
    }
}

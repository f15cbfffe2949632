package dev.portcullis.application.registration;

import dev.portcullis.domain.client.ClientMetadata;

import java.util.Objects;

/** RFC 7592 §2.2: the metadata a client's registration is to have instead of what it has. */
public record ConfigurationChange(ConfigurationAccess access, ClientMetadata metadata) {

    public ConfigurationChange {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(metadata, "metadata");
    }
}

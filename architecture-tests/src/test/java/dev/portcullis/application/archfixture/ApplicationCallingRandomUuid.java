package dev.portcullis.application.archfixture;

import java.util.UUID;

/** Creates identifiers in the core instead of asking the randomness port. */
public class ApplicationCallingRandomUuid {
    UUID id() {
        return UUID.randomUUID();
    }
}

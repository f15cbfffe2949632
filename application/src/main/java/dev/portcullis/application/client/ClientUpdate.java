package dev.portcullis.application.client;

import java.util.Objects;

/** A change to an existing client: the registration it is to have, computed from the stored client. */
public record ClientUpdate(String clientId, ClientChange change) {

    public ClientUpdate {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(change, "change");
    }

    /** A replacement that does not depend on what is stored. */
    public static ClientUpdate replacing(String clientId, ClientRegistration registration) {
        return new ClientUpdate(clientId, current -> registration);
    }
}

package dev.portcullis.application.client;

import dev.portcullis.domain.client.Client;

/**
 * A change to a client's registration (an HTTP PUT or PATCH): given the client as it is, the registration it is
 * to have. The inbound adapter that speaks the surface's format supplies it, so that reading its request (and
 * finding it wrong) happens after the client was found; the use case applies it and stores the result only over
 * the revision it read.
 */
@FunctionalInterface
public interface ClientChange {

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} when the change cannot apply,
     *         or the domain's error when its result breaks a rule
     */
    ClientRegistration apply(Client current);
}

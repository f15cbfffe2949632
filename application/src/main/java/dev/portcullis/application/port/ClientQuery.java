package dev.portcullis.application.port;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.LastUseFilter;

import java.util.Objects;
import java.util.Optional;

/**
 * Which clients to list: those whose name and owner equal the given filters and whose last use passes
 * {@code lastUse}, with ids after {@code after} in ascending order, at most {@code limit} of them.
 */
public record ClientQuery(Optional<String> clientName, Optional<String> owner, LastUseFilter lastUse,
                          Optional<ClientId> after, int limit) {

    public ClientQuery(Optional<String> clientName, Optional<String> owner, Optional<ClientId> after, int limit) {
        this(clientName, owner, LastUseFilter.ANY, after, limit);
    }

    public ClientQuery {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lastUse, "lastUse");
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one client");
        }
    }

    /** Whether the client passes the filters (ignoring paging). */
    public boolean matches(Client client) {
        return clientName.map(client.metadata().clientName()::equals).orElse(true)
                && owner.map(client.metadata().owner()::equals).orElse(true)
                && lastUse.matches(client);
    }

    /** Whether the client comes after the page start. */
    public boolean isAfterStart(Client client) {
        return after.map(start -> client.id().value().compareTo(start.value()) > 0).orElse(true);
    }
}

package dev.portcullis.application.client;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of clients to list.
 *
 * @param pageSize  empty for the default page size
 * @param pageToken empty for the first page, else the token of the previous page's {@link ClientList}
 */
public record ClientListRequest(Optional<String> clientName, Optional<String> owner, Optional<Integer> pageSize,
                                Optional<String> pageToken) {

    public ClientListRequest {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(pageToken, "pageToken");
    }

    public static ClientListRequest firstPage() {
        return new ClientListRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

package dev.portcullis.application.client;

import dev.portcullis.domain.client.LastUseFilter;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of clients to list.
 *
 * @param pageSize  empty for the default page size
 * @param pageToken empty for the first page, else the token of the previous page's {@link ClientList}
 * @param offset    how many matching clients to pass over before the page starts (after the page token's, if
 *                  any): the offset paging of ORY Hydra's early and 1.x APIs
 * @param lastUse   which clients to keep by their last use
 */
public record ClientListRequest(Optional<String> clientName, Optional<String> owner, Optional<Integer> pageSize,
                                Optional<String> pageToken, long offset, LastUseFilter lastUse) {

    public ClientListRequest(Optional<String> clientName, Optional<String> owner, Optional<Integer> pageSize,
                             Optional<String> pageToken, long offset) {
        this(clientName, owner, pageSize, pageToken, offset, LastUseFilter.ANY);
    }

    public ClientListRequest(Optional<String> clientName, Optional<String> owner, Optional<Integer> pageSize,
                             Optional<String> pageToken) {
        this(clientName, owner, pageSize, pageToken, 0);
    }

    public ClientListRequest {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(pageToken, "pageToken");
        Objects.requireNonNull(lastUse, "lastUse");
        if (offset < 0) {
            throw new IllegalArgumentException("the offset is not negative");
        }
    }

    public static ClientListRequest firstPage() {
        return new ClientListRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

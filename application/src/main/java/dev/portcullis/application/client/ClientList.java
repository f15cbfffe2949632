package dev.portcullis.application.client;

import java.util.List;
import java.util.Optional;

/**
 * One page of client documents.
 *
 * @param totalCount    the number of clients matching the filters, over all pages
 * @param nextPageToken present when another page follows
 */
public record ClientList(List<ClientDocument> clients, long totalCount, Optional<String> nextPageToken, int pageSize) {

    public ClientList {
        clients = List.copyOf(clients);
    }
}

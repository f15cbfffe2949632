package dev.portcullis.application.client;

import dev.portcullis.domain.client.Client;

import java.util.List;
import java.util.Optional;

/**
 * One page of clients.
 *
 * @param totalCount    the number of clients matching the filters, over all pages
 * @param nextPageToken present when another page follows
 */
public record ClientList(List<Client> clients, long totalCount, Optional<String> nextPageToken, int pageSize) {

    public ClientList {
        clients = List.copyOf(clients);
    }
}

package dev.portcullis.application.port;

import dev.portcullis.domain.client.Client;

import java.util.List;

/**
 * A page of clients.
 *
 * @param hasMore    whether more matching clients follow the last one
 * @param totalCount how many clients match the filters, over all pages
 */
public record ClientPage(List<Client> clients, boolean hasMore, long totalCount) {

    public ClientPage {
        clients = List.copyOf(clients);
        if (totalCount < clients.size()) {
            throw new IllegalArgumentException("the total counts at least this page");
        }
    }
}

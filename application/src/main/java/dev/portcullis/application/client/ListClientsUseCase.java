package dev.portcullis.application.client;

/** Lists clients page by page, optionally filtered by exact {@code client_name} and {@code owner}. */
public interface ListClientsUseCase {

    int DEFAULT_PAGE_SIZE = 250;
    int MAX_PAGE_SIZE = 500;

    /**
     * A page of clients ordered by {@code client_id}. Page tokens are opaque and stay valid while clients
     * are added or deleted: a page starts after the last id of the previous one.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} for a page size outside
     *         1..{@value #MAX_PAGE_SIZE} or a page token this server did not issue
     */
    ClientList list(ClientListRequest request);
}

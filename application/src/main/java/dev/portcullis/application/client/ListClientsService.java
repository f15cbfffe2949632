package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientPage;
import dev.portcullis.application.port.ClientQuery;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.OAuthException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

public final class ListClientsService implements ListClientsUseCase {

    private static final String TOKEN_PREFIX = "after:";

    private final ClientRepository clients;

    public ListClientsService(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public ClientList list(ClientListRequest request) {
        int pageSize = request.pageSize().orElse(DEFAULT_PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw OAuthException.invalidRequest("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Optional<ClientId> after = request.pageToken().filter(t -> !t.isEmpty()).map(ListClientsService::decode);
        after = skip(request, after, request.offset());
        ClientPage page = clients.list(new ClientQuery(request.clientName(), request.owner(), request.lastUse(), after, pageSize));
        Optional<String> next = page.hasMore() && !page.clients().isEmpty()
                ? Optional.of(encode(page.clients().get(page.clients().size() - 1)))
                : Optional.empty();
        return new ClientList(page.clients(), page.totalCount(), next, pageSize);
    }

    /**
     * Where a page starts once {@code offset} clients after {@code after} are passed over: storage pages by key,
     * so the clients passed over are read, a page at a time, and only the last one's id is kept.
     */
    private Optional<ClientId> skip(ClientListRequest request, Optional<ClientId> after, long offset) {
        long remaining = offset;
        while (remaining > 0) {
            int batch = (int) Math.min(remaining, MAX_PAGE_SIZE);
            ClientPage passed = clients.list(new ClientQuery(request.clientName(), request.owner(), request.lastUse(), after, batch));
            if (passed.clients().isEmpty()) {
                return after;
            }
            after = Optional.of(passed.clients().get(passed.clients().size() - 1).id());
            remaining -= passed.clients().size();
            if (!passed.hasMore()) {
                break;
            }
        }
        return after;
    }

    private static String encode(Client last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + last.id().value()).getBytes(StandardCharsets.UTF_8));
    }

    private static ClientId decode(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX) && ClientId.isWellFormed(decoded.substring(TOKEN_PREFIX.length()))) {
                return new ClientId(decoded.substring(TOKEN_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // not base64url: fall through to the error below
        }
        throw OAuthException.invalidRequest("page_token is not a token this server issued");
    }
}

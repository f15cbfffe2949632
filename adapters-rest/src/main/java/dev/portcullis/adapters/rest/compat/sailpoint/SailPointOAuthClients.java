package dev.portcullis.adapters.rest.compat.sailpoint;

import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.adapters.rest.http.JsonPatch;
import dev.portcullis.application.client.ClientList;
import dev.portcullis.application.client.ClientListRequest;
import dev.portcullis.application.client.ClientUpdate;
import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.DeleteClientUseCase;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.client.ListClientsUseCase;
import dev.portcullis.application.client.RegisteredClient;
import dev.portcullis.application.client.UpdateClientUseCase;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The five operations of SailPoint's OAuth clients API over the client use cases, the same on its {@code v3} and
 * {@code beta} paths, whose controllers only route here.
 */
@Singleton
@Requires(property = SailPoint.ENABLED, notEquals = "false")
final class SailPointOAuthClients {

    /** SailPoint's standard collection parameters: {@code limit} up to 250, the default too. */
    static final int MAX_LIMIT = 250;

    private final CreateClientUseCase create;
    private final GetClientUseCase get;
    private final ListClientsUseCase list;
    private final UpdateClientUseCase update;
    private final DeleteClientUseCase delete;

    SailPointOAuthClients(CreateClientUseCase create, GetClientUseCase get, ListClientsUseCase list,
                          UpdateClientUseCase update, DeleteClientUseCase delete) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.delete = delete;
    }

    /** The created client, with its secret: the one answer that shows it. */
    SailPointClientBody create(@Nullable String body) {
        RegisteredClient created = create.create(SailPointClients.registration(JsonMembers.parse(body)));
        return SailPointClients.body(created.client(), created.newSecret());
    }

    List<SailPointClientBody> list(@Nullable String filters, @Nullable Integer limit, @Nullable Long offset) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw OAuthException.invalidRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset != null && offset < 0) {
            throw OAuthException.invalidRequest("offset must not be negative");
        }
        ClientList page = list.list(new ClientListRequest(Optional.empty(), Optional.empty(),
                Optional.of(limit == null ? MAX_LIMIT : limit), Optional.empty(), offset == null ? 0 : offset,
                SailPointFilters.parse(Optional.ofNullable(filters))));
        return page.clients().stream().map(client -> SailPointClients.body(client, Optional.empty())).toList();
    }

    SailPointClientBody get(String id) {
        return SailPointClients.body(get.get(id), Optional.empty());
    }

    /** The patch is read before the client is: a malformed one is refused whether or not the client exists. */
    SailPointClientBody patch(String id, @Nullable String body) {
        JsonPatch patch = JsonPatch.parse(JsonMembers.parse(body), SailPointClients.MAX_PATCH_OPERATIONS,
                SailPointClients.MAX_PATCHED_LENGTH);
        RegisteredClient patched = update.update(new ClientUpdate(id, SailPointClients.change(patch)));
        return SailPointClients.body(patched.client(), Optional.empty());
    }

    void delete(String id) {
        delete.delete(id);
    }
}

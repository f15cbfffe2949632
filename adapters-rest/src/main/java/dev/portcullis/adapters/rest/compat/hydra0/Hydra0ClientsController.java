package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.admin.client.HydraClients;
import dev.portcullis.adapters.rest.http.ApiTags;
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
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client registry on Hydra's early paths ({@code /clients}), which Hydra 1.x kept on its admin port: the
 * early body ({@link Hydra0ClientBody}) and offset paging with {@code limit} and {@code offset}, as in the seed,
 * plus 1.x's {@code client_name} and {@code owner} filters and its {@code Link} and {@code X-Total-Count} headers.
 */
@Controller(Hydra0ClientsController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Hydra0.ENABLED, notEquals = "false")
@Hydra0AdminRoute
@Tag(name = ApiTags.HYDRA_EARLY)
final class Hydra0ClientsController {

    static final String PATH = "/clients";

    private final CreateClientUseCase create;
    private final GetClientUseCase get;
    private final ListClientsUseCase list;
    private final UpdateClientUseCase update;
    private final DeleteClientUseCase delete;

    Hydra0ClientsController(CreateClientUseCase create, GetClientUseCase get, ListClientsUseCase list,
                            UpdateClientUseCase update, DeleteClientUseCase delete) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.delete = delete;
    }

    /** A secret is generated unless the body chooses one; either way the response shows it, this once. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hydra0ClientBody.class)))
    HttpResponse<Hydra0ClientBody> create(@Nullable @Body String body) {
        RegisteredClient created = create.create(Hydra0Clients.registration(body));
        String id = URLEncoder.encode(created.client().id().value(), StandardCharsets.UTF_8);
        return HttpResponse.created(body(created), URI.create(PATH + "/" + id));
    }

    @Get
    HttpResponse<List<Hydra0ClientBody>> list(@QueryValue("limit") @Nullable Integer limit,
                                             @QueryValue("offset") @Nullable Long offset,
                                             @QueryValue("client_name") @Nullable String clientName,
                                             @QueryValue("owner") @Nullable String owner) {
        if (offset != null && offset < 0) {
            throw OAuthException.invalidRequest("offset must not be negative");
        }
        if (limit != null && (limit < 1 || limit > ListClientsUseCase.MAX_PAGE_SIZE)) {
            throw OAuthException.invalidRequest("limit must be between 1 and " + ListClientsUseCase.MAX_PAGE_SIZE);
        }
        long from = offset == null ? 0 : offset;
        ClientList page = list.list(new ClientListRequest(Optional.ofNullable(clientName), Optional.ofNullable(owner),
                Optional.ofNullable(limit), Optional.empty(), from));
        MutableHttpResponse<List<Hydra0ClientBody>> response = HttpResponse.ok(page.clients().stream()
                .map(client -> Hydra0ClientBody.of(HydraClients.body(client))).toList());
        response.header("X-Total-Count", Long.toString(page.totalCount()));
        response.header("Link", links(page.pageSize(), from, page.totalCount(), filters(clientName, owner)));
        return response;
    }

    @Get("/{id}")
    Hydra0ClientBody get(@PathVariable String id) {
        return Hydra0ClientBody.of(HydraClients.body(get.get(id)));
    }

    /** Replaces the client; a {@code client_secret} in the body sets a new secret, which the response shows once. */
    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hydra0ClientBody.class)))
    Hydra0ClientBody replace(@PathVariable String id, @Nullable @Body String body) {
        return body(update.update(new ClientUpdate(id, current -> Hydra0Clients.registration(body))));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id) {
        delete.delete(id);
        return HttpResponse.noContent();
    }

    private static Hydra0ClientBody body(RegisteredClient registered) {
        return Hydra0ClientBody.of(HydraClients.body(registered));
    }

    /** RFC 8288 links as Hydra 1.x sends them: first and last always, previous and next where there is one. */
    private static String links(int limit, long offset, long total, String filters) {
        long last = total == 0 ? 0 : ((total - 1) / limit) * limit;
        List<String> links = new ArrayList<>();
        links.add(link(limit, 0, filters, "first"));
        if (offset + limit < total) {
            links.add(link(limit, offset + limit, filters, "next"));
        }
        if (offset > 0) {
            links.add(link(limit, Math.max(0, offset - limit), filters, "prev"));
        }
        links.add(link(limit, last, filters, "last"));
        return String.join(", ", links);
    }

    /** The list's filters, ready to follow a link's query. */
    private static String filters(@Nullable String clientName, @Nullable String owner) {
        StringBuilder query = new StringBuilder();
        if (clientName != null) {
            query.append("&client_name=").append(URLEncoder.encode(clientName, StandardCharsets.UTF_8));
        }
        if (owner != null) {
            query.append("&owner=").append(URLEncoder.encode(owner, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String link(int limit, long offset, String filters, String rel) {
        return "<" + PATH + "?limit=" + limit + "&offset=" + offset + filters + ">; rel=\"" + rel + "\"";
    }
}

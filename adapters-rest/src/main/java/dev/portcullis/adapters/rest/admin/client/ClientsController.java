package dev.portcullis.adapters.rest.admin.client;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.application.client.ClientList;
import dev.portcullis.application.client.ClientListRequest;
import dev.portcullis.application.client.ClientUpdate;
import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.DeleteClientUseCase;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.client.ListClientsUseCase;
import dev.portcullis.application.client.RegisteredClient;
import dev.portcullis.application.client.RotateClientSecretUseCase;
import dev.portcullis.application.client.UpdateClientUseCase;
import dev.portcullis.domain.client.Client;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The client registry on ORY Hydra v2's admin paths, in Hydra's client JSON. The body is read member by member
 * ({@link ClientJson}) so that a member of the wrong type is named in the error; the use cases take what it
 * asks for in domain terms.
 */
@Controller("/admin/clients")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.HYDRA_ADMIN)
final class ClientsController {

    static final String JSON_PATCH = "application/json-patch+json";

    /** Members the server keeps: a patch must not touch them. */
    private static final List<String> IMMUTABLE = List.of("client_id", "created_at");

    private final CreateClientUseCase create;
    private final GetClientUseCase get;
    private final ListClientsUseCase list;
    private final UpdateClientUseCase update;
    private final DeleteClientUseCase delete;
    private final RotateClientSecretUseCase rotate;
    private final JsonMapper json;

    ClientsController(CreateClientUseCase create, GetClientUseCase get, ListClientsUseCase list, UpdateClientUseCase update,
                      DeleteClientUseCase delete, RotateClientSecretUseCase rotate, JsonMapper json) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.delete = delete;
        this.rotate = rotate;
        this.json = json;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HydraClientBody.class)))
    HttpResponse<HydraClientBody> create(@Nullable @Body String body) {
        RegisteredClient created = create.create(HydraClients.registration(ClientJson.read(ClientJson.parse(body))));
        // A client_id may hold characters a URI path must not ('|', '<', '{', …) or that mean something there ('+', ';').
        String id = URLEncoder.encode(created.client().id().value(), StandardCharsets.UTF_8);
        return HttpResponse.created(HydraClients.body(created), URI.create("/admin/clients/" + id));
    }

    @Get
    HttpResponse<List<HydraClientBody>> list(HttpRequest<?> request,
                                            @QueryValue("page_size") @Nullable Integer pageSize,
                                            @QueryValue("page_token") @Nullable String pageToken,
                                            @QueryValue("client_name") @Nullable String clientName,
                                            @QueryValue("owner") @Nullable String owner) {
        ClientList page = list.list(new ClientListRequest(Optional.ofNullable(clientName), Optional.ofNullable(owner),
                Optional.ofNullable(pageSize), Optional.ofNullable(pageToken)));
        MutableHttpResponse<List<HydraClientBody>> response =
                HttpResponse.ok(page.clients().stream().map(HydraClients::body).toList());
        response.header("X-Total-Count", Long.toString(page.totalCount()));
        // RFC 8288 links, as Hydra sends them: the first page always, the next one when there is one.
        StringBuilder links = new StringBuilder(link(request, page.pageSize(), Optional.empty(), "first"));
        page.nextPageToken().ifPresent(token -> links.append(", ").append(link(request, page.pageSize(), Optional.of(token), "next")));
        response.header("Link", links.toString());
        return response;
    }

    @Get("/{id}")
    HydraClientBody get(@PathVariable String id) {
        return HydraClients.body(get.get(id));
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HydraClientBody.class)))
    HydraClientBody replace(@PathVariable String id, @Nullable @Body String body) {
        JsonValue replacement = ClientJson.parse(body);
        // Read once the client is found: an unknown client is not_found whatever the body says, as in Hydra.
        return HydraClients.body(update.update(new ClientUpdate(id,
                current -> HydraClients.registration(ClientJson.read(replacement)))));
    }

    @Patch("/{id}")
    @Consumes({JSON_PATCH, MediaType.APPLICATION_JSON})
    @RequestBody(content = @Content(mediaType = JSON_PATCH, array = @ArraySchema(schema = @Schema(implementation = JsonPatchOperationBody.class))))
    HydraClientBody patch(@PathVariable String id, @Nullable @Body String body) {
        ClientJsonPatch operations = ClientJsonPatch.parse(ClientJson.parse(body));
        operations.refuseChangesTo(IMMUTABLE);
        return HydraClients.body(update.update(new ClientUpdate(id, operations.change(this::document))));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id) {
        delete.delete(id);
        return HttpResponse.noContent();
    }

    /** Not in Hydra's API: replaces the secret with a generated one and returns it, once. */
    @Post("/{id}/secret")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    HydraClientBody rotateSecret(@PathVariable String id) {
        return HydraClients.body(rotate.rotate(id));
    }

    /** The client's document as a patch sees it: exactly what a GET answers. */
    private JsonValue document(Client client) {
        try {
            return ClientJson.parse(json.writeValueAsString(HydraClients.body(client)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the document of client " + client.id(), e);
        }
    }

    private static String link(HttpRequest<?> request, int pageSize, Optional<String> pageToken, String rel) {
        UriBuilder uri = UriBuilder.of(request.getPath()).queryParam("page_size", pageSize);
        pageToken.ifPresent(token -> uri.queryParam("page_token", token));
        request.getParameters().getFirst("client_name").ifPresent(name -> uri.queryParam("client_name", name));
        request.getParameters().getFirst("owner").ifPresent(owner -> uri.queryParam("owner", owner));
        return "<" + uri.build() + ">; rel=\"" + rel + "\"";
    }
}

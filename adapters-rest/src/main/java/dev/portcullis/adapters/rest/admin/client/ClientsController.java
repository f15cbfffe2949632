package dev.portcullis.adapters.rest.admin.client;

import dev.portcullis.application.client.ClientDocument;
import dev.portcullis.application.client.ClientList;
import dev.portcullis.application.client.ClientListRequest;
import dev.portcullis.application.client.ClientPatch;
import dev.portcullis.application.client.ClientReplacement;
import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.DeleteClientUseCase;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.client.ListClientsUseCase;
import dev.portcullis.application.client.PatchClientUseCase;
import dev.portcullis.application.client.ReplaceClientUseCase;
import dev.portcullis.application.client.RotateClientSecretUseCase;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client registry on ORY Hydra v2's admin paths. Bodies are RFC 7591 metadata documents; the use cases
 * check them, so this controller only moves them between HTTP and the core.
 */
@Controller("/admin/clients")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ClientsController {

    static final String JSON_PATCH = "application/json-patch+json";

    private final CreateClientUseCase create;
    private final GetClientUseCase get;
    private final ListClientsUseCase list;
    private final ReplaceClientUseCase replace;
    private final PatchClientUseCase patch;
    private final DeleteClientUseCase delete;
    private final RotateClientSecretUseCase rotate;

    ClientsController(CreateClientUseCase create, GetClientUseCase get, ListClientsUseCase list, ReplaceClientUseCase replace,
                      PatchClientUseCase patch, DeleteClientUseCase delete, RotateClientSecretUseCase rotate) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.replace = replace;
        this.patch = patch;
        this.delete = delete;
        this.rotate = rotate;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> create(@Body Map<String, Object> body) {
        ClientDocument created = create.create(new ClientDocument(body));
        // A client_id may hold characters a URI path must not ('|', '<', '{', …) or that mean something there ('+', ';').
        String id = URLEncoder.encode((String) created.fields().get("client_id"), StandardCharsets.UTF_8);
        return HttpResponse.created(created.fields(), URI.create("/admin/clients/" + id));
    }

    @Get
    HttpResponse<List<Map<String, Object>>> list(HttpRequest<?> request,
                                                 @QueryValue("page_size") @Nullable Integer pageSize,
                                                 @QueryValue("page_token") @Nullable String pageToken,
                                                 @QueryValue("client_name") @Nullable String clientName,
                                                 @QueryValue("owner") @Nullable String owner) {
        ClientList page = list.list(new ClientListRequest(Optional.ofNullable(clientName), Optional.ofNullable(owner),
                Optional.ofNullable(pageSize), Optional.ofNullable(pageToken)));
        MutableHttpResponse<List<Map<String, Object>>> response =
                HttpResponse.ok(page.clients().stream().map(ClientDocument::fields).toList());
        response.header("X-Total-Count", Long.toString(page.totalCount()));
        // RFC 8288 links, as Hydra sends them: the first page always, the next one when there is one.
        StringBuilder links = new StringBuilder(link(request, page.pageSize(), Optional.empty(), "first"));
        page.nextPageToken().ifPresent(token -> links.append(", ").append(link(request, page.pageSize(), Optional.of(token), "next")));
        response.header("Link", links.toString());
        return response;
    }

    @Get("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return get.get(id).fields();
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> replace(@PathVariable String id, @Body Map<String, Object> body) {
        return replace.replace(new ClientReplacement(id, new ClientDocument(body))).fields();
    }

    @Patch("/{id}")
    @Consumes({JSON_PATCH, MediaType.APPLICATION_JSON})
    Map<String, Object> patch(@PathVariable String id, @Body Object operations) {
        return patch.patch(new ClientPatch(id, operations)).fields();
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id) {
        delete.delete(id);
        return HttpResponse.noContent();
    }

    /** Not in Hydra's API: replaces the secret with a generated one and returns it, once. */
    @Post("/{id}/secret")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> rotateSecret(@PathVariable String id) {
        return rotate.rotate(id).fields();
    }

    private static String link(HttpRequest<?> request, int pageSize, Optional<String> pageToken, String rel) {
        UriBuilder uri = UriBuilder.of(request.getPath()).queryParam("page_size", pageSize);
        pageToken.ifPresent(token -> uri.queryParam("page_token", token));
        request.getParameters().getFirst("client_name").ifPresent(name -> uri.queryParam("client_name", name));
        request.getParameters().getFirst("owner").ifPresent(owner -> uri.queryParam("owner", owner));
        return "<" + uri.build() + ">; rel=\"" + rel + "\"";
    }
}

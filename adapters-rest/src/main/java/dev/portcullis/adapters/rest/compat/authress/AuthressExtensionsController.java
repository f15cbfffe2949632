package dev.portcullis.adapters.rest.compat.authress;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.Issuer;
import dev.portcullis.application.client.ClientList;
import dev.portcullis.application.client.ClientListRequest;
import dev.portcullis.application.client.ClientUpdate;
import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.DeleteClientUseCase;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.client.ListClientsUseCase;
import dev.portcullis.application.client.RegisteredClient;
import dev.portcullis.application.client.UpdateClientUseCase;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
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
 * Authress's {@code /v1/extensions}: the extensions (public PKCE clients, {@link AuthressExtensions}) created, read,
 * listed, replaced and deleted through the client use cases. Lists walk the clients by id with the list use case's
 * page token, which is the opaque {@code cursor}; only extensions are shown. Deleting an extension deletes its client,
 * and with it every token, grant and consent it had.
 */
@Controller(Authress.EXTENSIONS_PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Authress.ENABLED, notEquals = "false")
@AuthressAdminRoute
@Produces({Authress.LINKS_JSON, MediaType.APPLICATION_JSON})
@Tag(name = ApiTags.AUTHRESS)
final class AuthressExtensionsController {

    static final int DEFAULT_LIMIT = 20;
    /** The most reads of the client list behind one page of extensions. */
    static final int MAX_READS = 16;

    private final CreateClientUseCase create;
    private final GetClientUseCase get;
    private final ListClientsUseCase list;
    private final UpdateClientUseCase update;
    private final DeleteClientUseCase delete;
    private final Issuer issuer;

    AuthressExtensionsController(CreateClientUseCase create, GetClientUseCase get, ListClientsUseCase list,
                                 UpdateClientUseCase update, DeleteClientUseCase delete, Issuer issuer) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.delete = delete;
        this.issuer = issuer;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionBody.class)))
    HttpResponse<ExtensionBody> create(@Nullable @Body String body) {
        RegisteredClient created = create.create(AuthressExtensions.registration(AuthressExtensions.read(body)));
        String id = URLEncoder.encode(created.client().id().value(), StandardCharsets.UTF_8);
        return HttpResponse.created(ExtensionBody.from(created.client()), URI.create(Authress.EXTENSIONS_PATH + "/" + id));
    }

    /** The router also matches {@code /v1/extensions/}, where Authress's SDK lists. */
    @Get
    ExtensionCollectionBody list(@QueryValue("limit") @Nullable Integer limit, @QueryValue("cursor") @Nullable String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > ListClientsUseCase.MAX_PAGE_SIZE) {
            throw OAuthException.invalidRequest("limit must be between 1 and " + ListClientsUseCase.MAX_PAGE_SIZE);
        }
        Optional<String> start = Optional.ofNullable(cursor).filter(text -> !text.isEmpty());
        List<ExtensionBody> extensions = new ArrayList<>();
        Optional<String> next = start;
        // Each read asks for as many clients as extensions are still missing, so that a page never holds more
        // extensions than the limit and the cursor is always the list use case's own token, at a page's end. Among
        // many other clients that takes many reads: after MAX_READS the page is answered short, with its cursor.
        int reads = 0;
        do {
            ClientList page = page(size - extensions.size(), next);
            page.clients().stream().filter(AuthressExtensions::isExtension).map(ExtensionBody::from).forEach(extensions::add);
            next = page.nextPageToken();
        } while (extensions.size() < size && next.isPresent() && ++reads < MAX_READS);
        return new ExtensionCollectionBody(extensions,
                new ExtensionCollectionBody.PaginationBody(next.map(ExtensionCollectionBody.PageBody::new).orElse(null)),
                new ExtensionCollectionBody.LinksBody(link(limit, start),
                        next.map(token -> link(size, Optional.of(token))).orElse(null)));
    }

    @Get("/{extensionId}")
    ExtensionBody get(@PathVariable String extensionId) {
        return ExtensionBody.from(extension(extensionId));
    }

    /** Replaces the extension's name and redirect URLs. */
    @Put("/{extensionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionBody.class)))
    ExtensionBody replace(@PathVariable String extensionId, @Nullable @Body String body) {
        RegisteredClient changed;
        try {
            changed = update.update(new ClientUpdate(extensionId,
                    current -> AuthressExtensions.change(current, AuthressExtensions.read(body))));
        } catch (OAuthException e) {
            throw notFoundAsExtension(e);
        }
        return ExtensionBody.from(changed.client());
    }

    @Delete("/{extensionId}")
    HttpResponse<Void> delete(@PathVariable String extensionId) {
        extension(extensionId);
        delete.delete(extensionId);
        return HttpResponse.noContent();
    }

    /** @throws OAuthException {@code not_found} when there is no such client or it is not an extension */
    private Client extension(String extensionId) {
        Client client;
        try {
            client = get.get(extensionId);
        } catch (OAuthException e) {
            throw notFoundAsExtension(e);
        }
        if (!AuthressExtensions.isExtension(client)) {
            throw AuthressExtensions.notFound();
        }
        return client;
    }

    /** The core's {@code not_found} names a client; here the caller asked for an extension. */
    private static OAuthException notFoundAsExtension(OAuthException e) {
        return e.error().code().equals(ErrorCode.NOT_FOUND) ? AuthressExtensions.notFound() : e;
    }

    private ClientList page(int size, Optional<String> token) {
        try {
            return list.list(new ClientListRequest(Optional.empty(), Optional.empty(), Optional.of(size), token));
        } catch (OAuthException e) {
            // The size is checked above: what the use case refuses is the token.
            throw e.error().code().equals(ErrorCode.INVALID_REQUEST)
                    ? OAuthException.invalidRequest("cursor is not a cursor this server issued") : e;
        }
    }

    private ExtensionCollectionBody.LinkBody link(@Nullable Integer limit, Optional<String> cursor) {
        List<String> query = new ArrayList<>();
        if (limit != null) {
            query.add("limit=" + limit);
        }
        cursor.ifPresent(token -> query.add("cursor=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        return new ExtensionCollectionBody.LinkBody(issuer.url(Authress.EXTENSIONS_PATH)
                + (query.isEmpty() ? "" : "?" + String.join("&", query)));
    }
}

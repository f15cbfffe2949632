package dev.portcullis.adapters.rest.compat.sailpoint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

import java.util.List;

/**
 * The operations of SailPoint's OAuth clients API, which it serves on two paths, {@code v3} and {@code beta}: each
 * path is a controller of its own over these routes ({@link SailPointOAuthClients} does the work).
 */
abstract class SailPointClientsRoutes {

    private final SailPointOAuthClients clients;

    SailPointClientsRoutes(SailPointOAuthClients clients) {
        this.clients = clients;
    }

    /** {@code create-oauth-client}: 200 with the client and its secret, shown this once. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SailPointClientBody.class)))
    SailPointClientBody create(@Nullable @Body String body) {
        return clients.create(body);
    }

    /** {@code list-oauth-clients}, with SailPoint's {@code filters} on {@code lastUsed}, {@code limit} and {@code offset}. */
    @Get
    List<SailPointClientBody> list(@QueryValue("filters") @Nullable String filters,
                                   @QueryValue("limit") @Nullable Integer limit,
                                   @QueryValue("offset") @Nullable Long offset) {
        return clients.list(filters, limit, offset);
    }

    @Get("/{id}")
    SailPointClientBody get(@PathVariable String id) {
        return clients.get(id);
    }

    /** {@code patch-oauth-client}: an RFC 6902 patch of the fields SailPoint lets change. */
    @Patch("/{id}")
    @Consumes(SailPoint.JSON_PATCH)
    @RequestBody(content = @Content(mediaType = SailPoint.JSON_PATCH, array = @ArraySchema(schema = @Schema(implementation = SailPointPatchOperationBody.class))))
    SailPointClientBody patch(@PathVariable String id, @Nullable @Body String body) {
        return clients.patch(id, body);
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id) {
        clients.delete(id);
        return HttpResponse.noContent();
    }
}

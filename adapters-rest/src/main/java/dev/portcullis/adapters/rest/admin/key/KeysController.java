package dev.portcullis.adapters.rest.admin.key;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.adapters.rest.oauth.jwks.JwksBody;
import dev.portcullis.application.key.CreateKeyCommand;
import dev.portcullis.application.key.CreateKeyUseCase;
import dev.portcullis.application.key.DeleteKeyUseCase;
import dev.portcullis.application.key.GetKeySetUseCase;
import dev.portcullis.application.key.GetKeyUseCase;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;


/**
 * Key sets on ORY Hydra v2's admin paths. Only public parts ever leave the server: a generated key's
 * private part is sealed in storage and never returned, unlike Hydra's create response.
 */
@Controller("/admin/keys/{set}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.HYDRA_ADMIN)
public final class KeysController {

    /** Hydra's {@code CreateJsonWebKeySet}: the algorithm of the key to generate, and its use. */
    @Serdeable
    record CreateKeyBody(@Nullable String alg, @Nullable String use, @Nullable String kid) {
    }

    private final GetKeySetUseCase getSet;
    private final GetKeyUseCase getKey;
    private final CreateKeyUseCase create;
    private final DeleteKeyUseCase delete;

    KeysController(GetKeySetUseCase getSet, GetKeyUseCase getKey, CreateKeyUseCase create, DeleteKeyUseCase delete) {
        this.getSet = getSet;
        this.getKey = getKey;
        this.create = create;
        this.delete = delete;
    }

    @Get
    public JwksBody set(@PathVariable String set) {
        return JwksBody.from(getSet.get(set));
    }

    /**
     * Generates a key that becomes the set's signing key; body {@code {"alg": "RS256"|"ES256", "use": "sig"}}. Read
     * member by member, so that a member of another JSON type is refused rather than converted.
     */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateKeyBody.class)))
    public HttpResponse<JwksBody> create(@PathVariable String set, @Nullable @Body String body) {
        JsonMembers request = JsonMembers.of(JsonMembers.parse(body), ErrorCode.INVALID_REQUEST, "alg and use");
        String alg = request.string("alg").orElseThrow(() -> OAuthException.invalidRequest("alg is required"));
        String use = request.string("use").orElse("sig");
        return HttpResponse.created(JwksBody.from(create.create(new CreateKeyCommand(set, alg, use))));
    }

    @Get("/{kid}")
    public JwksBody key(@PathVariable String set, @PathVariable String kid) {
        return JwksBody.from(getKey.get(set, kid));
    }

    @Delete("/{kid}")
    public HttpResponse<Void> delete(@PathVariable String set, @PathVariable String kid) {
        delete.delete(set, kid);
        return HttpResponse.noContent();
    }
}

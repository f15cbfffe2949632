package dev.portcullis.adapters.rest.admin.key;

import dev.portcullis.application.key.CreateKeyCommand;
import dev.portcullis.application.key.CreateKeyUseCase;
import dev.portcullis.application.key.DeleteKeyUseCase;
import dev.portcullis.application.key.GetKeySetUseCase;
import dev.portcullis.application.key.GetKeyUseCase;
import dev.portcullis.application.key.PublicKeys;
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

import java.util.Map;

/**
 * Key sets on ORY Hydra v2's admin paths. Only public parts ever leave the server: a generated key's
 * private part is sealed in storage and never returned, unlike Hydra's create response.
 */
@Controller("/admin/keys/{set}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class KeysController {

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
    Map<String, Object> set(@PathVariable String set) {
        return jwks(getSet.get(set));
    }

    /** Generates a key that becomes the set's signing key; body {@code {"alg": "RS256"|"ES256", "use": "sig"}}. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> create(@PathVariable String set, @Nullable @Body Map<String, Object> body) {
        Map<String, Object> request = body == null ? Map.of() : body;
        Object alg = request.get("alg");
        Object use = request.getOrDefault("use", "sig");
        if (!(alg instanceof String algorithm) || !(use instanceof String keyUse)) {
            throw OAuthException.invalidRequest("alg is required and alg and use are strings");
        }
        return HttpResponse.created(jwks(create.create(new CreateKeyCommand(set, algorithm, keyUse))));
    }

    @Get("/{kid}")
    Map<String, Object> key(@PathVariable String set, @PathVariable String kid) {
        return jwks(getKey.get(set, kid));
    }

    @Delete("/{kid}")
    HttpResponse<Void> delete(@PathVariable String set, @PathVariable String kid) {
        delete.delete(set, kid);
        return HttpResponse.noContent();
    }

    private static Map<String, Object> jwks(PublicKeys keys) {
        return Map.of("keys", keys.keys());
    }
}

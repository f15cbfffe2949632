package dev.portcullis.adapters.rest.admin.token;

import dev.portcullis.adapters.rest.oauth.FormParameters;
import dev.portcullis.adapters.rest.oauth.IntrospectionBodies;
import dev.portcullis.adapters.rest.oauth.IntrospectionController;
import dev.portcullis.application.token.FlushTokensUseCase;
import dev.portcullis.application.token.IntrospectTokenUseCase;
import dev.portcullis.application.token.RevokeClientTokensUseCase;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Token administration on ORY Hydra v2's admin paths. */
@Controller("/admin/oauth2")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AdminTokensController {

    private final IntrospectTokenUseCase introspect;
    private final RevokeClientTokensUseCase revokeClientTokens;
    private final FlushTokensUseCase flush;

    AdminTokensController(IntrospectTokenUseCase introspect, RevokeClientTokensUseCase revokeClientTokens,
                          FlushTokensUseCase flush) {
        this.introspect = introspect;
        this.revokeClientTokens = revokeClientTokens;
        this.flush = flush;
    }

    /** RFC 7662 for the operator: no client authentication, the admin token already proved the caller. */
    @Post("/introspect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> introspect(@Nullable @Body String body) {
        Map<String, String> form = FormParameters.parse(body);
        return IntrospectionBodies.of(introspect.introspect(IntrospectionController.command(Optional.empty(), form)));
    }

    /** Revokes every token of one client. */
    @Delete("/tokens")
    HttpResponse<Void> revokeClientTokens(@Nullable @QueryValue("client_id") String clientId) {
        revokeClientTokens.revokeAll(clientId == null ? "" : clientId);
        return HttpResponse.noContent();
    }

    /**
     * Deletes the records of tokens that expired before {@code not_after} (RFC 3339; Hydra's
     * {@code notAfter} is accepted too), or before now.
     */
    @Post("/flush")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    HttpResponse<Void> flush(@Nullable @Body Map<String, Object> body) {
        Object raw = body == null ? null : body.getOrDefault("not_after", body.get("notAfter"));
        flush.flush(Optional.ofNullable(raw).map(AdminTokensController::instant));
        return HttpResponse.noContent();
    }

    private static Instant instant(Object raw) {
        if (!(raw instanceof String text)) {
            throw OAuthException.invalidRequest("not_after must be an RFC 3339 date-time string");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw OAuthException.invalidRequest("not_after must be an RFC 3339 date-time such as 2026-01-01T00:00:00Z");
        }
    }
}

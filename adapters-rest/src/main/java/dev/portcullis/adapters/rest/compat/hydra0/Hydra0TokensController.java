package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.token.FlushTokensUseCase;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Hydra's early {@code POST /oauth2/flush}. */
@Controller("/oauth2/flush")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Hydra0.ENABLED, notEquals = "false")
@Hydra0AdminRoute
@Tag(name = ApiTags.HYDRA_EARLY)
final class Hydra0TokensController {

    /** Hydra's early {@code FlushInactiveOAuth2TokensRequest}. */
    @Serdeable
    record FlushBody(@Nullable String notAfter) {
    }

    private final FlushTokensUseCase flush;

    Hydra0TokensController(FlushTokensUseCase flush) {
        this.flush = flush;
    }

    /**
     * Deletes the records of tokens that expired before {@code notAfter} (RFC 3339) and before now; the body is
     * optional. 204.
     */
    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlushBody.class)))
    HttpResponse<Void> flush(@Nullable @Body String body) {
        JsonMembers in = JsonMembers.ofOptional(body, ErrorCode.INVALID_REQUEST, "notAfter");
        flush.flush(in.string("notAfter").map(Hydra0TokensController::instant));
        return HttpResponse.noContent();
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw OAuthException.invalidRequest("notAfter must be an RFC 3339 date-time such as 2026-01-01T00:00:00Z");
        }
    }
}

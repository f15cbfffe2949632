package dev.portcullis.adapters.rest.admin.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.FormParameters;
import dev.portcullis.adapters.rest.oauth.introspect.IntrospectionBody;
import dev.portcullis.adapters.rest.oauth.introspect.IntrospectionController;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Token administration on ORY Hydra v2's admin paths. */
@Controller("/admin/oauth2")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.HYDRA_ADMIN)
public final class AdminTokensController {

    /** Hydra's {@code FlushInactiveOAuth2TokensRequest}, in its snake_case and its earlier camelCase spelling. */
    @Serdeable
    record FlushBody(@JsonProperty("not_after") @Nullable String notAfter,
                     @JsonProperty("notAfter") @Nullable String notAfterCamelCase) {
    }

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
    public IntrospectionBody introspect(@Nullable @Body String body) {
        Map<String, String> form = FormParameters.parse(body);
        return IntrospectionBody.from(introspect.introspect(IntrospectionController.command(Optional.empty(), form)));
    }

    /** Revokes every token of one client. */
    @Delete("/tokens")
    public HttpResponse<Void> revokeClientTokens(@Nullable @QueryValue("client_id") String clientId) {
        revokeClientTokens.revokeAll(clientId == null ? "" : clientId);
        return HttpResponse.noContent();
    }

    /** Deletes the records of tokens that expired before {@code not_after} (RFC 3339), or before now. */
    @Post("/flush")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public HttpResponse<Void> flush(@Nullable @Body FlushBody body) {
        Optional<String> raw = Optional.ofNullable(body).map(b -> b.notAfter() != null ? b.notAfter() : b.notAfterCamelCase());
        flush.flush(raw.map(AdminTokensController::instant));
        return HttpResponse.noContent();
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw OAuthException.invalidRequest("not_after must be an RFC 3339 date-time such as 2026-01-01T00:00:00Z");
        }
    }
}

package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.authorization.AcceptLoginAndConsentUseCase;
import dev.portcullis.application.authorization.AuthorizationSettings;
import dev.portcullis.application.authorization.ConsentAnswer;
import dev.portcullis.application.authorization.GetLoginRequestUseCase;
import dev.portcullis.application.authorization.LoginAnswer;
import dev.portcullis.application.authorization.LoginRequestView;
import dev.portcullis.application.authorization.RejectAnswer;
import dev.portcullis.application.authorization.RejectLoginRequestUseCase;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hydra's early consent requests: one app logs the user in and gives consent in one answer. The request's id is
 * the challenge the authorization endpoint sent the app as {@code ?consent=}; accepting it logs in
 * {@code subject} and grants {@code grantScopes} at once, and the browser continues at {@code redirectUrl}.
 * Served when {@code portcullis.compat.hydra0.consent-url} names the app; otherwise no such request exists.
 */
@Controller("/oauth2/consent/requests/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Hydra0.ENABLED, notEquals = "false")
@Hydra0AdminRoute
@Tag(name = ApiTags.HYDRA_EARLY)
final class Hydra0ConsentRequestsController {

    /** Hydra's early {@code ConsentRequestAcceptance}. */
    @Serdeable
    record AcceptanceBody(@Nullable String subject, @Nullable List<String> grantScopes,
                          @Nullable Map<String, Object> accessTokenExtra,
                          @Nullable Map<String, Object> idTokenExtra) {
    }

    /** Hydra's early {@code ConsentRequestRejection}. */
    @Serdeable
    record RejectionBody(@Nullable String reason) {
    }

    private final GetLoginRequestUseCase get;
    private final AcceptLoginAndConsentUseCase accept;
    private final RejectLoginRequestUseCase reject;
    private final AuthorizationSettings settings;

    Hydra0ConsentRequestsController(GetLoginRequestUseCase get, AcceptLoginAndConsentUseCase accept,
                                    RejectLoginRequestUseCase reject, AuthorizationSettings settings) {
        this.get = get;
        this.accept = accept;
        this.reject = reject;
        this.settings = settings;
    }

    @Get
    Hydra0ConsentRequestBody get(@PathVariable String id) {
        LoginRequestView request = waiting(id);
        return new Hydra0ConsentRequestBody(id, request.client().map(client -> client.id().value()).orElse(""),
                request.requestedScope(), request.expiresAt().toString(), settings.combinedContinuation(id));
    }

    /** Logs in {@code subject} and grants {@code grantScopes}, with the extra claims of the tokens; 204. */
    @Patch("/accept")
    @Consumes(MediaType.ALL)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptanceBody.class)))
    HttpResponse<Void> accept(@PathVariable String id, @Nullable @Body String body) {
        LoginRequestView request = waiting(id);
        JsonMembers in = JsonMembers.ofOptional(body, ErrorCode.INVALID_REQUEST, "the consent acceptance");
        String subject = in.string("subject").orElseThrow(() -> OAuthException.invalidRequest("subject is required"));
        JsonDocument accessTokenExtra = in.object("accessTokenExtra").map(JsonDocument::new).orElse(JsonDocument.EMPTY);
        JsonDocument idTokenExtra = in.object("idTokenExtra").map(JsonDocument::new).orElse(JsonDocument.EMPTY);
        List<String> grantScopes = in.strings("grantScopes").orElse(List.of());
        accept.accept(new LoginAnswer(id, subject, false, 0, Optional.empty(), List.of(), JsonDocument.EMPTY),
                new ConsentAnswer(id, grantScopes, request.requestedAudience(), false, 0, idTokenExtra, accessTokenExtra));
        return HttpResponse.noContent();
    }

    /** The client gets {@code access_denied}, described by {@code reason}; 204. */
    @Patch("/reject")
    @Consumes(MediaType.ALL)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RejectionBody.class)))
    HttpResponse<Void> reject(@PathVariable String id, @Nullable @Body String body) {
        waiting(id);
        JsonMembers in = JsonMembers.ofOptional(body, ErrorCode.INVALID_REQUEST, "the consent rejection");
        reject.reject(new RejectAnswer(id, Optional.empty(), in.string("reason"), Optional.empty(), Optional.empty()));
        return HttpResponse.noContent();
    }

    /**
     * The request with this id, while it waits for its answer.
     *
     * @throws OAuthException {@code not_found} (404) for an unknown or expired id, or when the early consent flow
     *         is off; {@code request_was_handled_before} (410) once it was answered
     */
    private LoginRequestView waiting(String id) {
        if (settings.loginAndConsentUrl().isEmpty()) {
            throw OAuthException.notFound("the early consent flow is off (portcullis.compat.hydra0.consent-url is not set)");
        }
        return get.get(id);
    }
}

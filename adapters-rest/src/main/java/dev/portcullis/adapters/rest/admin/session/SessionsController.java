package dev.portcullis.adapters.rest.admin.flow;

import dev.portcullis.application.authorization.ConsentSessionView;
import dev.portcullis.application.authorization.SessionsUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Remembered consents and login sessions: {@code /admin/oauth2/auth/sessions/{consent,login}}. */
@Controller("/admin/oauth2/auth/sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SessionsController {

    private final SessionsUseCase sessions;

    SessionsController(SessionsUseCase sessions) {
        this.sessions = sessions;
    }

    @Get("/consent")
    List<Map<String, Object>> consentSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String client) {
        return sessions.consentSessions(subject, Optional.ofNullable(client)).stream()
                .map(SessionsController::body).toList();
    }

    /** Revokes consents and their tokens: of one client with {@code client}, otherwise all of the subject's. */
    @Delete("/consent")
    HttpResponse<Void> revokeConsentSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String client) {
        sessions.revokeConsentSessions(subject, Optional.ofNullable(client));
        return HttpResponse.noContent();
    }

    /** Ends login sessions: all of {@code subject}, or the one with {@code sid}. */
    @Delete("/login")
    HttpResponse<Void> endLoginSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String sid) {
        sessions.endLoginSessions(Optional.ofNullable(subject), Optional.ofNullable(sid));
        return HttpResponse.noContent();
    }

    private static Map<String, Object> body(ConsentSessionView view) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("challenge", view.id());
        request.put("client", view.client());
        request.put("requested_scope", view.requestedScope());
        request.put("requested_access_token_audience", view.requestedAudience());
        request.put("subject", view.subject());
        view.loginSessionId().ifPresent(id -> request.put("login_session_id", id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consent_request", request);
        body.put("grant_scope", view.grantScope());
        body.put("grant_access_token_audience", view.grantAudience());
        body.put("remember", view.remember());
        body.put("remember_for", view.rememberFor());
        body.put("handled_at", view.handledAt().toString());
        view.rememberedUntil().ifPresent(until -> body.put("expires_at", Map.of("remember", until.toString())));
        body.put("session", Map.of("id_token", view.idTokenClaims(), "access_token", view.accessTokenClaims()));
        return body;
    }
}

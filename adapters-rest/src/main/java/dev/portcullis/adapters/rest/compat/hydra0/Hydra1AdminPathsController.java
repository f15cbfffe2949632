package dev.portcullis.adapters.rest.compat.hydra0;

import dev.portcullis.adapters.rest.admin.key.KeysController;
import dev.portcullis.adapters.rest.admin.request.FlowRequestsController;
import dev.portcullis.adapters.rest.admin.request.LoginRequestBody;
import dev.portcullis.adapters.rest.admin.request.ConsentRequestBody;
import dev.portcullis.adapters.rest.admin.request.LogoutRequestBody;
import dev.portcullis.adapters.rest.admin.request.RedirectBody;
import dev.portcullis.adapters.rest.admin.session.ConsentSessionBody;
import dev.portcullis.adapters.rest.admin.session.SessionsController;
import dev.portcullis.adapters.rest.admin.token.AdminTokensController;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.oauth.jwks.JwksBody;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/**
 * ORY Hydra 1.x served its admin API without the {@code /admin} prefix that v2 added; its SDK still calls these
 * paths. Each route is the v2 admin route of the same name, answered by the same controller.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = Hydra0.ENABLED, notEquals = "false")
@Hydra0AdminRoute
@Tag(name = ApiTags.HYDRA_EARLY)
final class Hydra1AdminPathsController {

    private final FlowRequestsController requests;
    private final SessionsController sessions;
    private final KeysController keys;
    private final AdminTokensController tokens;

    Hydra1AdminPathsController(FlowRequestsController requests, SessionsController sessions, KeysController keys,
                               AdminTokensController tokens) {
        this.requests = requests;
        this.sessions = sessions;
        this.keys = keys;
        this.tokens = tokens;
    }

    @Get("/oauth2/auth/requests/login")
    LoginRequestBody getLogin(@Nullable @QueryValue("login_challenge") String challenge) {
        return requests.getLogin(challenge);
    }

    @Put("/oauth2/auth/requests/login/accept")
    @Consumes(MediaType.ALL)
    RedirectBody acceptLogin(@Nullable @QueryValue("login_challenge") String challenge, @Nullable @Body String body) {
        return requests.acceptLogin(challenge, body);
    }

    @Put("/oauth2/auth/requests/login/reject")
    @Consumes(MediaType.ALL)
    RedirectBody rejectLogin(@Nullable @QueryValue("login_challenge") String challenge, @Nullable @Body String body) {
        return requests.rejectLogin(challenge, body);
    }

    @Get("/oauth2/auth/requests/consent")
    ConsentRequestBody getConsent(@Nullable @QueryValue("consent_challenge") String challenge) {
        return requests.getConsent(challenge);
    }

    @Put("/oauth2/auth/requests/consent/accept")
    @Consumes(MediaType.ALL)
    RedirectBody acceptConsent(@Nullable @QueryValue("consent_challenge") String challenge, @Nullable @Body String body) {
        return requests.acceptConsent(challenge, body);
    }

    @Put("/oauth2/auth/requests/consent/reject")
    @Consumes(MediaType.ALL)
    RedirectBody rejectConsent(@Nullable @QueryValue("consent_challenge") String challenge, @Nullable @Body String body) {
        return requests.rejectConsent(challenge, body);
    }

    @Get("/oauth2/auth/requests/logout")
    LogoutRequestBody getLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        return requests.getLogout(challenge);
    }

    @Put("/oauth2/auth/requests/logout/accept")
    @Consumes(MediaType.ALL)
    RedirectBody acceptLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        return requests.acceptLogout(challenge);
    }

    @Put("/oauth2/auth/requests/logout/reject")
    @Consumes(MediaType.ALL)
    HttpResponse<Void> rejectLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        return requests.rejectLogout(challenge);
    }

    @Get("/oauth2/auth/sessions/consent")
    List<ConsentSessionBody> consentSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String client) {
        return sessions.consentSessions(subject, client);
    }

    @Delete("/oauth2/auth/sessions/consent")
    HttpResponse<Void> revokeConsentSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String client) {
        return sessions.revokeConsentSessions(subject, client);
    }

    @Delete("/oauth2/auth/sessions/login")
    HttpResponse<Void> endLoginSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String sid) {
        return sessions.endLoginSessions(subject, sid);
    }

    @Get("/keys/{set}")
    JwksBody keySet(@PathVariable String set) {
        return keys.set(set);
    }

    @Post("/keys/{set}")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<JwksBody> createKey(@PathVariable String set, @Nullable @Body String body) {
        return keys.create(set, body);
    }

    @Get("/keys/{set}/{kid}")
    JwksBody key(@PathVariable String set, @PathVariable String kid) {
        return keys.key(set, kid);
    }

    @Delete("/keys/{set}/{kid}")
    HttpResponse<Void> deleteKey(@PathVariable String set, @PathVariable String kid) {
        return keys.delete(set, kid);
    }

    @Delete("/oauth2/tokens")
    HttpResponse<Void> revokeClientTokens(@Nullable @QueryValue("client_id") String clientId) {
        return tokens.revokeClientTokens(clientId);
    }
}

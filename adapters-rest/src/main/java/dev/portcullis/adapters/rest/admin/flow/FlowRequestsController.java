package dev.portcullis.adapters.rest.admin.flow;

import dev.portcullis.application.authorization.ConsentAnswer;
import dev.portcullis.application.authorization.ConsentRequestView;
import dev.portcullis.application.authorization.ConsentRequestsUseCase;
import dev.portcullis.application.authorization.LoginAnswer;
import dev.portcullis.application.authorization.LoginRequestView;
import dev.portcullis.application.authorization.LoginRequestsUseCase;
import dev.portcullis.application.authorization.LogoutRequestView;
import dev.portcullis.application.authorization.LogoutRequestsUseCase;
import dev.portcullis.application.authorization.OidcContext;
import dev.portcullis.application.authorization.Redirection;
import dev.portcullis.application.authorization.RejectAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.LinkedHashMap;
import java.util.Map;

/** Login, consent and logout requests: {@code /admin/oauth2/auth/requests/{login,consent,logout}[/accept|/reject]}. */
@Controller("/admin/oauth2/auth/requests")
@ExecuteOn(TaskExecutors.BLOCKING)
final class FlowRequestsController {

    private final LoginRequestsUseCase login;
    private final ConsentRequestsUseCase consent;
    private final LogoutRequestsUseCase logout;

    FlowRequestsController(LoginRequestsUseCase login, ConsentRequestsUseCase consent, LogoutRequestsUseCase logout) {
        this.login = login;
        this.consent = consent;
        this.logout = logout;
    }

    @Get("/login")
    Map<String, Object> getLogin(@Nullable @QueryValue("login_challenge") String challenge) {
        LoginRequestView view = login.get(challenge);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("challenge", view.challenge());
        body.put("client", view.client());
        body.put("request_url", view.requestUrl());
        body.put("requested_scope", view.requestedScope());
        body.put("requested_access_token_audience", view.requestedAudience());
        view.sessionId().ifPresent(id -> body.put("session_id", id));
        body.put("skip", view.skip());
        body.put("subject", view.subject());
        body.put("oidc_context", oidcContext(view.oidcContext()));
        return body;
    }

    @Put("/login/accept")
    Map<String, Object> acceptLogin(@Nullable @QueryValue("login_challenge") String challenge,
                                    @Nullable @Body Map<String, Object> body) {
        JsonFields in = new JsonFields(body);
        return redirect(login.accept(challenge, new LoginAnswer(in.string("subject").orElse(""), in.bool("remember"),
                in.seconds("remember_for"), in.string("acr"), in.strings("amr"), in.object("context"))));
    }

    @Put("/login/reject")
    Map<String, Object> rejectLogin(@Nullable @QueryValue("login_challenge") String challenge,
                                    @Nullable @Body Map<String, Object> body) {
        return redirect(login.reject(challenge, rejection(body)));
    }

    @Get("/consent")
    Map<String, Object> getConsent(@Nullable @QueryValue("consent_challenge") String challenge) {
        ConsentRequestView view = consent.get(challenge);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("challenge", view.challenge());
        view.acr().ifPresent(acr -> body.put("acr", acr));
        body.put("amr", view.amr());
        body.put("client", view.client());
        body.put("context", view.context());
        view.loginSessionId().ifPresent(id -> body.put("login_session_id", id));
        body.put("oidc_context", oidcContext(view.oidcContext()));
        body.put("request_url", view.requestUrl());
        body.put("requested_scope", view.requestedScope());
        body.put("requested_access_token_audience", view.requestedAudience());
        body.put("skip", view.skip());
        body.put("subject", view.subject());
        return body;
    }

    @Put("/consent/accept")
    Map<String, Object> acceptConsent(@Nullable @QueryValue("consent_challenge") String challenge,
                                      @Nullable @Body Map<String, Object> body) {
        JsonFields in = new JsonFields(body);
        JsonFields session = in.nested("session");
        return redirect(consent.accept(challenge, new ConsentAnswer(in.strings("grant_scope"),
                in.strings("grant_access_token_audience"), in.bool("remember"), in.seconds("remember_for"),
                session.object("id_token"), session.object("access_token"))));
    }

    @Put("/consent/reject")
    Map<String, Object> rejectConsent(@Nullable @QueryValue("consent_challenge") String challenge,
                                      @Nullable @Body Map<String, Object> body) {
        return redirect(consent.reject(challenge, rejection(body)));
    }

    @Get("/logout")
    Map<String, Object> getLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        LogoutRequestView view = logout.get(challenge);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("challenge", view.challenge());
        body.put("subject", view.subject());
        body.put("sid", view.sessionId());
        body.put("request_url", view.requestUrl());
        body.put("rp_initiated", view.rpInitiated());
        view.client().ifPresent(client -> body.put("client", client));
        return body;
    }

    @Put("/logout/accept")
    Map<String, Object> acceptLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        return redirect(logout.accept(challenge));
    }

    @Put("/logout/reject")
    HttpResponse<Void> rejectLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        logout.reject(challenge);
        return HttpResponse.noContent();
    }

    private static RejectAnswer rejection(Map<String, Object> body) {
        JsonFields in = new JsonFields(body);
        return new RejectAnswer(in.string("error"), in.string("error_description"), in.string("error_hint"),
                in.integer("status_code"));
    }

    private static Map<String, Object> redirect(Redirection redirection) {
        return Map.of("redirect_to", redirection.redirectTo());
    }

    private static Map<String, Object> oidcContext(OidcContext context) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("acr_values", context.acrValues());
        context.display().ifPresent(display -> body.put("display", display));
        body.put("id_token_hint_claims", context.idTokenHintClaims());
        context.loginHint().ifPresent(hint -> body.put("login_hint", hint));
        body.put("ui_locales", context.uiLocales());
        return body;
    }
}

package dev.portcullis.adapters.rest.admin.request;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.authorization.AcceptConsentRequestUseCase;
import dev.portcullis.application.authorization.AcceptLoginRequestUseCase;
import dev.portcullis.application.authorization.AcceptLogoutRequestUseCase;
import dev.portcullis.application.authorization.GetConsentRequestUseCase;
import dev.portcullis.application.authorization.GetLoginRequestUseCase;
import dev.portcullis.application.authorization.GetLogoutRequestUseCase;
import dev.portcullis.application.authorization.RejectConsentRequestUseCase;
import dev.portcullis.application.authorization.RejectLoginRequestUseCase;
import dev.portcullis.application.authorization.RejectLogoutRequestUseCase;
import dev.portcullis.domain.error.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Login, consent and logout requests on ORY Hydra v2's admin paths:
 * {@code /admin/oauth2/auth/requests/{login,consent,logout}[/accept|/reject]}. The apps' answers are read member
 * by member, so that a member of the wrong type is refused rather than converted; an empty body (ORY's SDK sends
 * none for some answers, with or without a Content-Type) is an empty answer, whatever Content-Type it claims.
 */
@Controller("/admin/oauth2/auth/requests")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.HYDRA_ADMIN)
public final class FlowRequestsController {

    /** The login, consent and logout requests' use cases. */
    record UseCases(GetLoginRequestUseCase getLogin, AcceptLoginRequestUseCase acceptLogin,
                    RejectLoginRequestUseCase rejectLogin, GetConsentRequestUseCase getConsent,
                    AcceptConsentRequestUseCase acceptConsent, RejectConsentRequestUseCase rejectConsent,
                    GetLogoutRequestUseCase getLogout, AcceptLogoutRequestUseCase acceptLogout,
                    RejectLogoutRequestUseCase rejectLogout) {
    }

    private final UseCases requests;

    FlowRequestsController(GetLoginRequestUseCase getLogin, AcceptLoginRequestUseCase acceptLogin,
                           RejectLoginRequestUseCase rejectLogin, GetConsentRequestUseCase getConsent,
                           AcceptConsentRequestUseCase acceptConsent, RejectConsentRequestUseCase rejectConsent,
                           GetLogoutRequestUseCase getLogout, AcceptLogoutRequestUseCase acceptLogout,
                           RejectLogoutRequestUseCase rejectLogout) {
        this.requests = new UseCases(getLogin, acceptLogin, rejectLogin, getConsent, acceptConsent, rejectConsent,
                getLogout, acceptLogout, rejectLogout);
    }

    @Get("/login")
    public LoginRequestBody getLogin(@Nullable @QueryValue("login_challenge") String challenge) {
        return LoginRequestBody.from(requests.getLogin().get(given(challenge)));
    }

    @Put("/login/accept")
    @Consumes(MediaType.ALL)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptLoginBody.class)))
    public RedirectBody acceptLogin(@Nullable @QueryValue("login_challenge") String challenge, @Nullable @Body String body) {
        return RedirectBody.from(requests.acceptLogin().accept(AcceptLoginBody.read(answer(body)).answer(given(challenge))));
    }

    @Put("/login/reject")
    @Consumes(MediaType.ALL)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RejectBody.class)))
    public RedirectBody rejectLogin(@Nullable @QueryValue("login_challenge") String challenge, @Nullable @Body String body) {
        return RedirectBody.from(requests.rejectLogin().reject(RejectBody.read(answer(body)).answer(given(challenge))));
    }

    @Get("/consent")
    public ConsentRequestBody getConsent(@Nullable @QueryValue("consent_challenge") String challenge) {
        return ConsentRequestBody.from(requests.getConsent().get(given(challenge)));
    }

    @Put("/consent/accept")
    @Consumes(MediaType.ALL)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptConsentBody.class)))
    public RedirectBody acceptConsent(@Nullable @QueryValue("consent_challenge") String challenge, @Nullable @Body String body) {
        return RedirectBody.from(requests.acceptConsent().accept(AcceptConsentBody.read(answer(body)).answer(given(challenge))));
    }

    @Put("/consent/reject")
    @Consumes(MediaType.ALL)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RejectBody.class)))
    public RedirectBody rejectConsent(@Nullable @QueryValue("consent_challenge") String challenge, @Nullable @Body String body) {
        return RedirectBody.from(requests.rejectConsent().reject(RejectBody.read(answer(body)).answer(given(challenge))));
    }

    @Get("/logout")
    public LogoutRequestBody getLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        return LogoutRequestBody.from(requests.getLogout().get(given(challenge)));
    }

    @Put("/logout/accept")
    @Consumes(MediaType.ALL)
    public RedirectBody acceptLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        return RedirectBody.from(requests.acceptLogout().accept(given(challenge)));
    }

    @Put("/logout/reject")
    @Consumes(MediaType.ALL)
    public HttpResponse<Void> rejectLogout(@Nullable @QueryValue("logout_challenge") String challenge) {
        requests.rejectLogout().reject(given(challenge));
        return HttpResponse.noContent();
    }

    /** A missing challenge names no request: {@code not_found}, like an unknown one. */
    private static String given(@Nullable String challenge) {
        return challenge == null ? "" : challenge;
    }

    private static JsonMembers answer(@Nullable String body) {
        return JsonMembers.ofOptional(body, ErrorCode.INVALID_REQUEST, "the app's answer");
    }
}

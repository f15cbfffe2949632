package dev.portcullis.adapters.rest.admin.session;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.application.authorization.ConsentSessionQuery;
import dev.portcullis.application.authorization.EndLoginSessionsUseCase;
import dev.portcullis.application.authorization.ListConsentSessionsUseCase;
import dev.portcullis.application.authorization.LoginSessionQuery;
import dev.portcullis.application.authorization.RevokeConsentSessionsUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** Remembered consents and login sessions on ORY Hydra v2's admin paths: {@code /admin/oauth2/auth/sessions/{consent,login}}. */
@Controller("/admin/oauth2/auth/sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.HYDRA_ADMIN)
public final class SessionsController {

    private final ListConsentSessionsUseCase consents;
    private final RevokeConsentSessionsUseCase revokeConsents;
    private final EndLoginSessionsUseCase endLogins;

    SessionsController(ListConsentSessionsUseCase consents, RevokeConsentSessionsUseCase revokeConsents,
                       EndLoginSessionsUseCase endLogins) {
        this.consents = consents;
        this.revokeConsents = revokeConsents;
        this.endLogins = endLogins;
    }

    @Get("/consent")
    public List<ConsentSessionBody> consentSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String client) {
        return consents.list(ConsentSessionQuery.of(Optional.ofNullable(subject), Optional.ofNullable(client))).stream()
                .map(ConsentSessionBody::from).toList();
    }

    /** Revokes consents and their tokens: of one client with {@code client}, otherwise all of the subject's. */
    @Delete("/consent")
    public HttpResponse<Void> revokeConsentSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String client) {
        revokeConsents.revoke(ConsentSessionQuery.of(Optional.ofNullable(subject), Optional.ofNullable(client)));
        return HttpResponse.noContent();
    }

    /** Ends login sessions: all of {@code subject}, or the one with {@code sid}. */
    @Delete("/login")
    public HttpResponse<Void> endLoginSessions(@Nullable @QueryValue String subject, @Nullable @QueryValue String sid) {
        endLogins.end(new LoginSessionQuery(Optional.ofNullable(subject), Optional.ofNullable(sid)));
        return HttpResponse.noContent();
    }
}

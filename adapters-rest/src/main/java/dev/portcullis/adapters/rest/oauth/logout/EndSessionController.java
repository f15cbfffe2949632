package dev.portcullis.adapters.rest.oauth.logout;

import dev.portcullis.adapters.rest.browser.BrowserFlowController;
import dev.portcullis.adapters.rest.browser.BrowserResponses;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.authorization.EndSessionUseCase;
import dev.portcullis.application.discovery.ServerMetadata;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;

/** The end-session endpoint of OIDC RP-Initiated Logout 1.0, by GET or POST. */
@Controller(EndSessionController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.OAUTH)
public final class EndSessionController extends BrowserFlowController {

    /** Where the logout app sends the browser back with a verifier. */
    public static final String PATH = "/oauth2/sessions/logout";

    EndSessionController(EndSessionUseCase logout, BrowserResponses responses) {
        super(responses.endpoint(PATH, logout::logout));
    }

    /** RP-initiated logout, without front- or back-channel logout. */
    @Singleton
    static final class Metadata implements DiscoveryContribution {
        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            if (server.authorizationCodeFlow()) {
                document.endSessionEndpoint(PATH, false, false);
            }
        }
    }
}

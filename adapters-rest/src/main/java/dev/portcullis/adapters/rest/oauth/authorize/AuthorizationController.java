package dev.portcullis.adapters.rest.oauth.authorize;

import dev.portcullis.adapters.rest.browser.BrowserFlowController;
import dev.portcullis.adapters.rest.browser.BrowserResponses;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.authorization.AuthorizeUseCase;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.domain.authorization.ScopeClaims;
import dev.portcullis.domain.client.RequestObjectSigningAlg;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.stream.Stream;

/** The authorization endpoint (RFC 6749 §3.1, OIDC Core §3.1.2), by GET with a query or POST with a form. */
@Controller(AuthorizationController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.OAUTH)
public final class AuthorizationController extends BrowserFlowController {

    /** Where the login and consent app send the browser back with a verifier. */
    public static final String PATH = "/oauth2/auth";

    AuthorizationController(AuthorizeUseCase authorize, BrowserResponses responses) {
        super(responses.endpoint(PATH, authorize::authorize));
    }

    /** The authorization endpoint and what its requests may hold, when the code flow is served. */
    @Singleton
    static final class Metadata implements DiscoveryContribution {

        private static final List<String> SCOPES = Stream.concat(Stream.of("openid", "offline_access", "offline"),
                ScopeClaims.scopes().stream()).toList();
        /** The ID token's own claims, then every claim the scopes release, which the claims parameter may name. */
        private static final List<String> CLAIMS = Stream.concat(Stream.of("sub", "iss", "aud", "exp", "iat",
                "auth_time", "nonce", "acr", "amr", "at_hash", "sid"), ScopeClaims.claims().stream()).toList();

        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            if (!server.authorizationCodeFlow()) {
                return;
            }
            document.authorizationEndpoint(PATH, ServerMetadata.RESPONSE_TYPES, List.of("query", "fragment", "form_post"),
                            server.codeChallengeMethods(), List.of("none", "login", "consent", "select_account"))
                    .scopesAndClaims(SCOPES, CLAIMS)
                    .authorizationParameters(true, true, true, true, false)
                    .requestObjectSigningAlgs(RequestObjectSigningAlg.SUPPORTED);
        }
    }
}

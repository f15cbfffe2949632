package dev.portcullis.adapters.rest.oauth.token;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.ClientForm;
import dev.portcullis.adapters.rest.http.ClientFormEndpoint;
import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.application.token.IssueTokenCommand;
import dev.portcullis.application.token.IssueTokenUseCase;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The token endpoint (RFC 6749 §3.2): every grant type goes through the one token use case. */
@Controller(TokenController.PATH)
@Tag(name = ApiTags.OAUTH)
public final class TokenController {

    public static final String PATH = "/oauth2/token";

    private static final Set<String> NOT_GRANT_PARAMETERS = Set.of("grant_type", "client_id", "client_secret",
            "client_assertion", "client_assertion_type");

    private final ClientFormEndpoint<TokenResponseBody> endpoint;

    TokenController(IssueTokenUseCase issue, EndpointThreads threads) {
        this.endpoint = endpoint(issue, threads);
    }

    /** What answers a token request: another surface's token route posts the same form to the same use case. */
    public static ClientFormEndpoint<TokenResponseBody> endpoint(IssueTokenUseCase issue, EndpointThreads threads) {
        return new ClientFormEndpoint<>(threads, form -> TokenResponseBody.from(issue.issue(command(form))));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    CompletableFuture<TokenResponseBody> token(HttpRequest<?> request, @Nullable @Body String body) {
        return endpoint.answer(request, body);
    }

    private static IssueTokenCommand command(ClientForm form) {
        String grantType = form.required("grant_type");
        if (!GrantType.isWellFormed(grantType)) {
            throw new OAuthException(ErrorCode.UNSUPPORTED_GRANT_TYPE, "grant_type is not a grant type name or URI");
        }
        Map<String, String> parameters = new LinkedHashMap<>(form.parameters());
        parameters.keySet().removeAll(NOT_GRANT_PARAMETERS);
        return new IssueTokenCommand(form.presented(), new GrantType(grantType), parameters);
    }

    /** The token endpoint and the client authentication methods it takes. */
    @Singleton
    static final class Metadata implements DiscoveryContribution {
        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            document.tokenEndpoint(PATH, server.tokenEndpointAuthMethods());
            if (server.tokenEndpointAuthMethods().contains(AuthMethod.PRIVATE_KEY_JWT.wireName())) {
                document.tokenEndpointAuthSigningAlgs(server.tokenEndpointAuthSigningAlgs());
            }
        }
    }
}

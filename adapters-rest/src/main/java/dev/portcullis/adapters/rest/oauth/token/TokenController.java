package dev.portcullis.adapters.rest.oauth;

import dev.portcullis.application.token.IssueTokenCommand;
import dev.portcullis.application.token.IssueTokenUseCase;
import dev.portcullis.application.token.TokenRequest;
import dev.portcullis.application.token.TokenResponse;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The token endpoint (RFC 6749 §3.2): every grant type goes through the one token use case. */
@Controller("/oauth2/token")
final class TokenController {

    private static final Set<String> NOT_GRANT_PARAMETERS = Set.of("grant_type", "client_id", "client_secret");

    private final IssueTokenUseCase issue;
    private final EndpointThreads threads;

    TokenController(IssueTokenUseCase issue, EndpointThreads threads) {
        this.issue = issue;
        this.threads = threads;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    CompletableFuture<Map<String, Object>> token(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, String> form = FormParameters.parse(body);
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            throw OAuthException.invalidRequest("the grant_type parameter is required");
        }
        if (!GrantType.isWellFormed(grantType)) {
            throw new OAuthException(ErrorCode.UNSUPPORTED_GRANT_TYPE, "grant_type is not a grant type name or URI");
        }
        Map<String, String> parameters = new LinkedHashMap<>(form);
        parameters.keySet().removeAll(NOT_GRANT_PARAMETERS);
        IssueTokenCommand command = new IssueTokenCommand(
                ClientCredentialsReader.read(request, form), new TokenRequest(new GrantType(grantType), parameters));
        return threads.run(() -> body(issue.issue(command)));
    }

    private static Map<String, Object> body(TokenResponse response) {
        Map<String, Object> body = new LinkedHashMap<>(response.additional());
        body.put("access_token", response.accessToken());
        body.put("token_type", response.tokenType());
        body.put("expires_in", response.expiresIn());
        if (!response.scope().isEmpty()) {
            body.put("scope", response.scope().value());
        }
        response.refreshToken().ifPresent(token -> body.put("refresh_token", token));
        response.idToken().ifPresent(token -> body.put("id_token", token));
        return body;
    }
}

package dev.portcullis.adapters.rest.oauth.userinfo;

import dev.portcullis.adapters.rest.error.ErrorStatuses;
import dev.portcullis.adapters.rest.error.OAuthErrorBody;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.AuthorizationHeader;
import dev.portcullis.adapters.rest.http.Challenges;
import dev.portcullis.adapters.rest.http.FormParameters;
import dev.portcullis.adapters.rest.http.NoStore;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.application.userinfo.GetUserinfoUseCase;
import dev.portcullis.application.userinfo.Userinfo;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OIDC userinfo (OIDC Core §5.3) with a bearer token in the {@code Authorization} header, or in a POSTed form
 * (RFC 6750 §2.2). Errors carry the RFC 6750 §3 challenge. A client that registered
 * {@code userinfo_signed_response_alg} gets the claims as a signed JWT, {@code application/jwt} (OIDC Core §5.3.2).
 */
@Controller(UserinfoController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.OAUTH)
final class UserinfoController {

    static final String PATH = "/userinfo";
    static final MediaType APPLICATION_JWT = MediaType.of("application/jwt");

    private final GetUserinfoUseCase userinfo;

    UserinfoController(GetUserinfoUseCase userinfo) {
        this.userinfo = userinfo;
    }

    @Get
    MutableHttpResponse<?> get(HttpRequest<?> request) {
        return answer(AuthorizationHeader.bearer(request), request.getHeaders().contains(HttpHeaders.AUTHORIZATION));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> post(HttpRequest<?> request, @Nullable @Body String body) {
        Optional<String> fromHeader = AuthorizationHeader.bearer(request);
        Optional<String> fromBody = Optional.ofNullable(FormParameters.parse(body).get("access_token"));
        if (fromHeader.isPresent() && fromBody.isPresent()) {
            return challenge(OAuthException.invalidRequest("send the access token once: in the header or the body"));
        }
        return answer(fromHeader.or(() -> fromBody), true);
    }

    private MutableHttpResponse<?> answer(Optional<String> token, boolean sent) {
        if (token.filter(value -> !value.isEmpty()).isEmpty()) {
            return challenge(new OAuthException(ErrorCode.INVALID_TOKEN, sent
                    ? "the Authorization header is not a Bearer token" : "a bearer access token is required"));
        }
        try {
            Userinfo answer = userinfo.userinfo(token.get());
            if (answer.jwt().isPresent()) {
                return NoStore.apply(HttpResponse.ok(answer.jwt().get()).contentType(APPLICATION_JWT));
            }
            return NoStore.apply(HttpResponse.ok(UserinfoBody.from(answer)));
        } catch (OAuthException e) {
            return challenge(e);
        }
    }

    private static MutableHttpResponse<?> challenge(OAuthException e) {
        return NoStore.apply(HttpResponse.status(ErrorStatuses.of(e.error().code())).body(OAuthErrorBody.from(e.error()))
                .header(HttpHeaders.WWW_AUTHENTICATE, Challenges.bearer(Challenges.REALM, e.error())));
    }

    /** Userinfo, which answers unsigned JSON, or a JWT signed as the client registered with an id-token set's algorithm. */
    @Singleton
    static final class Metadata implements DiscoveryContribution {
        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            if (server.authorizationCodeFlow()) {
                List<String> algs = new ArrayList<>(List.of("none"));
                server.idTokenSigningAlgs().stream().filter(alg -> !algs.contains(alg)).forEach(algs::add);
                document.userinfoEndpoint(PATH, algs);
            }
        }
    }
}

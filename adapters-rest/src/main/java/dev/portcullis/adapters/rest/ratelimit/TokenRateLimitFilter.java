package dev.portcullis.adapters.rest.ratelimit;

import dev.portcullis.adapters.rest.http.ClientCredentialsReader;
import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.http.FormParameters;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.adapters.rest.http.MultipartFormParameters;
import dev.portcullis.adapters.rest.http.NoStore;
import dev.portcullis.application.ratelimit.Admission;
import dev.portcullis.application.ratelimit.AdmitRequestUseCase;
import dev.portcullis.application.ratelimit.Throttle;
import dev.portcullis.application.ratelimit.ThrottledRequest;
import dev.portcullis.application.token.ClientCredentials;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Token requests per client, on every surface's token path: {@code /oauth2/token}, Auth0's {@code /oauth/token} and
 * Authress's {@code /api/authentication/oauth/tokens}. The client is the {@code client_id} it presents (HTTP Basic,
 * the form, or Authress's JSON body), read before the client is authenticated, so that a limited client never
 * costs a secret's hash; the refusal is not cached, as no token response is (RFC 6749 §5.1). A request naming no
 * client, or malformed, is the token endpoint's to refuse. The filter
 * exists only while the limit is on; the count runs where the endpoints run their work ({@link EndpointThreads}),
 * the worker pool when storage is a database server.
 */
@ServerFilter(patterns = {"/oauth2/token", "/oauth/token", "/api/authentication/oauth/tokens"}, methods = HttpMethod.POST)
@Requires(property = RateLimitSwitches.TOKEN_PER_CLIENT, pattern = RateLimitSwitches.POSITIVE)
final class TokenRateLimitFilter {

    private final AdmitRequestUseCase admit;
    private final EndpointThreads threads;
    private final TooManyRequests tooMany;

    TokenRateLimitFilter(AdmitRequestUseCase admit, EndpointThreads threads, TooManyRequests tooMany) {
        this.admit = admit;
        this.threads = threads;
        this.tooMany = tooMany;
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> limit(HttpRequest<?> request, @Nullable @Body String body,
                                            FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        Optional<String> client = clientId(request, body);
        if (client.isEmpty()) {
            return next.proceed();
        }
        ThrottledRequest counted = new ThrottledRequest(Throttle.TOKEN_PER_CLIENT, client.get());
        return Mono.fromFuture(threads.run(() -> admit.admit(counted))).flatMap(admission ->
                admission instanceof Admission.Refused refused
                        ? Mono.just(NoStore.apply(tooMany.refuse(request, refused,
                                "the client sent more token requests than its rate limit allows")))
                        : Mono.from(next.proceed()));
    }

    static Optional<String> clientId(HttpRequest<?> request, @Nullable String body) {
        try {
            return ClientCredentialsReader.readPresented(request, parameters(request, body)).map(ClientCredentials::clientId);
        } catch (OAuthException e) {
            return Optional.empty();
        }
    }

    /**
     * The body's parameters, as far as they name the client: a form, the multipart form SailPoint's SDKs post to
     * {@code /oauth/token}, or Authress's JSON object of strings.
     */
    private static Map<String, String> parameters(HttpRequest<?> request, @Nullable String body) {
        Optional<MediaType> type = request.getContentType();
        if (type.map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false)) {
            byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
            return FormParameters.parse(MultipartFormParameters.urlEncoded(type, bytes));
        }
        boolean json = type.map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
        if (!json) {
            return FormParameters.parse(body);
        }
        JsonValue value = JsonMembers.parse(body);
        if (value instanceof JsonObject object && object.get("client_id") instanceof JsonString id) {
            return Map.of("client_id", id.getString());
        }
        return Map.of();
    }
}

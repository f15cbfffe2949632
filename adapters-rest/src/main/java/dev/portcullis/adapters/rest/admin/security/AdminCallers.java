package dev.portcullis.adapters.rest.admin.security;

import dev.portcullis.adapters.rest.error.ErrorResponses;
import dev.portcullis.adapters.rest.http.AuthorizationHeader;
import dev.portcullis.adapters.rest.http.Challenges;
import dev.portcullis.adapters.rest.http.NoStore;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The admin API's door for routes outside {@code /admin}, where micronaut-security's filter does not run: the
 * compatibility surfaces' admin operations ({@code /clients}, Hydra 1.x's paths, …). The same check as on
 * {@code /admin}: a bearer token this server issued, still active, with {@code portcullis:admin}; the same
 * refusals, 401 or 403 with a JSON body in the route's error shape and an RFC 6750 challenge.
 */
@Singleton
public final class AdminCallers {

    private final AdminTokenValidator validator;
    private final ErrorResponses errors;
    private final ExecutorService blocking;

    AdminCallers(AdminTokenValidator validator, ErrorResponses errors,
                 @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.validator = validator;
        this.errors = errors;
        this.blocking = blocking;
    }

    /**
     * Nothing when the caller of {@code request} is an admin,
     * otherwise the refusal to answer. The token's record is looked up off the event loop.
     */
    public CompletableFuture<Optional<MutableHttpResponse<?>>> check(HttpRequest<?> request) {
        return check(request, List.of(AdminScopeRule.ADMIN_SCOPE));
    }

    /**
     * Nothing when the caller of {@code request} holds one of {@code acceptedScopes} (a surface's own scopes, say,
     * besides {@code portcullis:admin}), otherwise the refusal to answer: 401 without an active token of this
     * server, 403 when it holds none of them. The token's record is looked up off the event loop.
     *
     * @param acceptedScopes the scopes that each let the caller in, in the order the refusal names them
     */
    public CompletableFuture<Optional<MutableHttpResponse<?>>> check(HttpRequest<?> request, List<String> acceptedScopes) {
        if (acceptedScopes.isEmpty()) {
            throw new IllegalArgumentException("at least one scope lets a caller in");
        }
        List<String> scopes = List.copyOf(acceptedScopes);
        Optional<String> token = AuthorizationHeader.bearer(request).filter(value -> !value.isEmpty());
        if (token.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.of(refusal(request, HttpStatus.UNAUTHORIZED,
                    new OAuthError(ErrorCode.INVALID_TOKEN, "a bearer access token with the " + describe(scopes) + " required"),
                    Challenges.bearer(Challenges.ADMIN_REALM))));
        }
        return CompletableFuture.supplyAsync(() -> decide(request, validator.authenticate(token.get(), request), scopes), blocking);
    }

    /** Lets {@code request} go on down {@code chain} when its caller is an admin; otherwise answers the refusal. */
    public Publisher<MutableHttpResponse<?>> admit(HttpRequest<?> request, ServerFilterChain chain) {
        return Mono.fromFuture(check(request)).flatMap(refusal -> refusal.isPresent()
                ? Mono.<MutableHttpResponse<?>>just(refusal.get())
                : Mono.from(chain.proceed(request)));
    }

    private Optional<MutableHttpResponse<?>> decide(HttpRequest<?> request, Optional<Authentication> caller, List<String> scopes) {
        if (caller.isEmpty()) {
            OAuthError error = new OAuthError(ErrorCode.INVALID_TOKEN, "the bearer token is not active");
            return Optional.of(refusal(request, HttpStatus.UNAUTHORIZED, error,
                    Challenges.bearer(Challenges.ADMIN_REALM) + ", error=\"invalid_token\""));
        }
        if (scopes.stream().noneMatch(caller.get().getRoles()::contains)) {
            OAuthError error = new OAuthError(ErrorCode.INSUFFICIENT_SCOPE,
                    "the access token lacks the scope this resource requires (" + String.join(" or ", scopes) + ")");
            return Optional.of(refusal(request, HttpStatus.FORBIDDEN, error,
                    Challenges.insufficientScope(Challenges.ADMIN_REALM, String.join(" ", scopes))));
        }
        return Optional.empty();
    }

    /** "the portcullis:admin scope is", or "one of the scopes a, b is". */
    private static String describe(List<String> scopes) {
        return scopes.size() == 1 ? scopes.get(0) + " scope is" : "one of the scopes " + String.join(", ", scopes) + " is";
    }

    private MutableHttpResponse<?> refusal(HttpRequest<?> request, HttpStatus status, OAuthError error, String challenge) {
        return NoStore.apply(errors.of(request, status, error).header(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }
}

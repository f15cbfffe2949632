package dev.portcullis.adapters.rest.ratelimit;

import dev.portcullis.adapters.rest.http.AuthorizationHeader;
import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.http.NoStore;
import dev.portcullis.application.ratelimit.Admission;
import dev.portcullis.application.ratelimit.AdmitRequestUseCase;
import dev.portcullis.application.ratelimit.Throttle;
import dev.portcullis.application.ratelimit.ThrottledRequest;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Admin API requests per caller, on every surface's admin routes: the caller is its bearer token (of which only a
 * keyed digest is kept), or, for a request without one, its address. Ahead of the security checks, so that a flood
 * of bad tokens is counted too and costs no token validation. On unless the limit is set to zero.
 */
@ServerFilter(patterns = {
        // Hydra v2, the admin API of its own
        "/admin/**",
        // Hydra's early API and Hydra 1.x's admin paths (compat.hydra0)
        "/clients", "/clients/**", "/oauth2/consent/requests/**", "/oauth2/flush", "/oauth2/auth/requests/**",
        "/oauth2/auth/sessions/**", "/keys/**", "/oauth2/tokens",
        // SailPoint's OAuth clients (compat.sailpoint)
        "/v3/oauth-clients", "/v3/oauth-clients/**", "/beta/oauth-clients", "/beta/oauth-clients/**",
        // Authress's extensions (compat.authress)
        "/v1/extensions", "/v1/extensions/**"})
@Requires(property = RateLimitSwitches.ADMIN_PER_CALLER, notEquals = RateLimitSwitches.OFF)
final class AdminRateLimitFilter implements Ordered {

    private final AdmitRequestUseCase admit;
    private final EndpointThreads threads;
    private final TooManyRequests tooMany;
    private final CallerAddresses addresses;

    AdminRateLimitFilter(AdmitRequestUseCase admit, EndpointThreads threads, TooManyRequests tooMany,
                         CallerAddresses addresses) {
        this.admit = admit;
        this.threads = threads;
        this.tooMany = tooMany;
        this.addresses = addresses;
    }

    /**
     * Before micronaut-security's filter and the compatibility surfaces' admin filters (of the default order, 0),
     * which validate the token.
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> limit(HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        ThrottledRequest counted = new ThrottledRequest(Throttle.ADMIN_PER_CALLER, caller(request));
        return Mono.fromFuture(threads.run(() -> admit.admit(counted))).flatMap(admission ->
                admission instanceof Admission.Refused refused
                        ? Mono.just(NoStore.apply(tooMany.refuse(request, refused,
                                "the caller sent more admin API requests than its rate limit allows")))
                        : Mono.from(next.proceed()));
    }

    /** A bearer token and an address never share a bucket: each is marked with what it is. */
    private String caller(HttpRequest<?> request) {
        return AuthorizationHeader.bearer(request).filter(token -> !token.isEmpty())
                .map(token -> "bearer " + token)
                .orElseGet(() -> "address " + addresses.of(request));
    }
}

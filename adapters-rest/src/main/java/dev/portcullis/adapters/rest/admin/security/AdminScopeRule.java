package dev.portcullis.adapters.rest.admin.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import io.micronaut.core.async.publisher.Publishers;
import org.reactivestreams.Publisher;

/**
 * The admin API's one rule: a caller whose token carries the {@code portcullis:admin} scope may do
 * anything under {@code /admin}; an anonymous caller gets 401 and a caller without the scope 403. The
 * security filter runs only on {@code /admin/**} (configuration), so the public endpoints pay nothing.
 */
@Singleton
final class AdminScopeRule implements SecurityRule<HttpRequest<?>> {

    /** The scope an access token needs to use the admin API. */
    static final String ADMIN_SCOPE = "portcullis:admin";

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || !request.getPath().startsWith("/admin")) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        boolean admin = authentication != null && authentication.getRoles().contains(ADMIN_SCOPE);
        return Publishers.just(admin ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }
}

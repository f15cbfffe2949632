package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * Dynamic client registration, RFC 7591 and RFC 7592 ({@code portcullis.registration.*}); {@code enabled} is read
 * where the endpoint is made.
 *
 * @param initialAccessToken when set, registering needs it as the bearer token; unset, registration is open
 * @param scopes             the scopes a registered client may have, and gets when it asks for none
 * @param requirePkce        whether a confidential client that registers itself must use PKCE; unset, the server's
 *                           {@code portcullis.authorization.pkce-required} decides
 */
@ConfigurationProperties("portcullis.registration")
public record RegistrationProperties(@Nullable String initialAccessToken,
                                     @Bindable(defaultValue = "openid,profile,email,address,phone,offline_access")
                                     List<String> scopes,
                                     @Nullable Boolean requirePkce) {

    public RegistrationProperties {
        initialAccessToken = initialAccessToken == null || initialAccessToken.isBlank() ? null : initialAccessToken;
        scopes = scopes == null ? List.of() : scopes.stream().filter(s -> !s.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "RegistrationProperties[" + (initialAccessToken == null ? "open" : "initial access token") + ", " + scopes + "]";
    }
}

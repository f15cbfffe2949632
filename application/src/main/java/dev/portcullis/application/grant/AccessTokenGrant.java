package dev.portcullis.application.token;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.token.GrantId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a grant handler decided an access token is for.
 *
 * @param subject     the resource owner; empty when the client acts on its own behalf, and then the
 *                    JWT's {@code sub} is the client id (RFC 9068 §2.2)
 * @param extraClaims further JWT claims (for example a consent session's {@code access_token} claims);
 *                    they never override the registered ones
 */
public record AccessTokenGrant(
        Client client,
        GrantType grantType,
        Optional<String> subject,
        Scopes scope,
        Set<String> audience,
        GrantId grantId,
        Map<String, Object> extraClaims) {

    public AccessTokenGrant {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grantId, "grantId");
        audience = Collections.unmodifiableSet(new LinkedHashSet<>(audience));
        extraClaims = Collections.unmodifiableMap(new LinkedHashMap<>(extraClaims));
    }
}

package dev.portcullis.adapters.rest.oauth.introspect;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.application.token.Introspection;
import dev.portcullis.domain.token.TokenRecord;
import dev.portcullis.domain.token.TokenType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The RFC 7662 §2.2 introspection response of the public and the admin introspection endpoints: only
 * {@code active} for a token that is not, so that an inactive answer tells nothing more. {@code ext} holds the
 * extra claims the consent gave the grant's access tokens, as ORY Hydra answers them. The further claims a token was
 * issued with (an exchanged token's {@code act}, the {@code box_subject_type} and {@code box_subject_id} a client
 * acts for) are top-level members, as RFC 8693 §4.1 puts {@code act}; they never replace the members above.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntrospectionBody(
        @JsonAnyGetter @Schema(hidden = true) Map<String, Object> claims,
        @JsonProperty("active") boolean active,
        @JsonProperty("scope") @Nullable String scope,
        @JsonProperty("client_id") @Nullable String clientId,
        @JsonProperty("sub") @Nullable String sub,
        @JsonProperty("exp") @Nullable Long exp,
        @JsonProperty("iat") @Nullable Long iat,
        @JsonProperty("nbf") @Nullable Long nbf,
        @JsonProperty("aud") @Nullable List<String> aud,
        @JsonProperty("iss") @Nullable String iss,
        @JsonProperty("token_type") @Nullable String tokenType,
        @JsonProperty("token_use") @Nullable String tokenUse,
        @JsonProperty("ext") @Nullable Map<String, Object> ext) {

    private static final Set<String> MEMBERS = Set.of("active", "scope", "client_id", "sub", "exp", "iat", "nbf", "aud",
            "iss", "token_type", "token_use", "ext");

    public static IntrospectionBody from(Introspection introspection) {
        if (introspection.token().isEmpty()) {
            return new IntrospectionBody(Map.of(), false, null, null, null, null, null, null, null, null, null, null, null);
        }
        TokenRecord token = introspection.token().get();
        Map<String, Object> claims = new LinkedHashMap<>(token.claims().members());
        claims.keySet().removeAll(MEMBERS);
        return new IntrospectionBody(claims, true, token.scope().value(), token.clientId().value(),
                token.subject().orElse(token.clientId().value()), token.expiresAt().getEpochSecond(),
                token.issuedAt().getEpochSecond(), token.issuedAt().getEpochSecond(), introspection.audience(),
                introspection.issuer(), TokenType.BEARER.rfcName(), token.kind().wireName(),
                introspection.extra().members().isEmpty() ? null : introspection.extra().members());
    }
}

package dev.portcullis.adapters.rest.oauth.token;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.domain.token.IssuedTokens;
import dev.portcullis.domain.token.TokenType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/**
 * The successful token response (RFC 6749 §5.1), with the members an extension grant adds. Bearer is spelled
 * {@code bearer}, as ORY Hydra's token endpoint spells it (the type name is case-insensitive, §5.1).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponseBody(
        @JsonAnyGetter @Schema(hidden = true) Map<String, Object> additional,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") @Nullable String scope,
        @JsonProperty("refresh_token") @Nullable String refreshToken,
        @JsonProperty("id_token") @Nullable String idToken) {

    public static TokenResponseBody from(IssuedTokens tokens) {
        return new TokenResponseBody(tokens.additional().members(), tokens.accessToken(), spelling(tokens.tokenType()),
                tokens.expiresIn(), tokens.scope().isEmpty() ? null : tokens.scope().value(),
                tokens.refreshToken().orElse(null), tokens.idToken().orElse(null));
    }

    private static String spelling(TokenType type) {
        return type == TokenType.BEARER ? "bearer" : type.rfcName();
    }
}

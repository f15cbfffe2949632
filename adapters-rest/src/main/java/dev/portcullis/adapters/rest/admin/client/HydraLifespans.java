package dev.portcullis.adapters.rest.admin.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.domain.client.LifespanKey;
import dev.portcullis.domain.client.TokenLifespans;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.text.GoDurations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * ORY Hydra's flat lifespan members of a client, {@code <grant>_grant_<token>_lifespan}, each one grant type's
 * lifespan of one kind of token in Go's duration notation ({@code 1h0m0s}); absent for the server's default.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record HydraLifespans(
        @JsonProperty("authorization_code_grant_access_token_lifespan") @Nullable String authorizationCodeGrantAccessTokenLifespan,
        @JsonProperty("authorization_code_grant_refresh_token_lifespan") @Nullable String authorizationCodeGrantRefreshTokenLifespan,
        @JsonProperty("authorization_code_grant_id_token_lifespan") @Nullable String authorizationCodeGrantIdTokenLifespan,
        @JsonProperty("client_credentials_grant_access_token_lifespan") @Nullable String clientCredentialsGrantAccessTokenLifespan,
        @JsonProperty("client_credentials_grant_refresh_token_lifespan") @Nullable String clientCredentialsGrantRefreshTokenLifespan,
        @JsonProperty("client_credentials_grant_id_token_lifespan") @Nullable String clientCredentialsGrantIdTokenLifespan,
        @JsonProperty("implicit_grant_access_token_lifespan") @Nullable String implicitGrantAccessTokenLifespan,
        @JsonProperty("implicit_grant_refresh_token_lifespan") @Nullable String implicitGrantRefreshTokenLifespan,
        @JsonProperty("implicit_grant_id_token_lifespan") @Nullable String implicitGrantIdTokenLifespan,
        @JsonProperty("jwt_bearer_grant_access_token_lifespan") @Nullable String jwtBearerGrantAccessTokenLifespan,
        @JsonProperty("jwt_bearer_grant_refresh_token_lifespan") @Nullable String jwtBearerGrantRefreshTokenLifespan,
        @JsonProperty("jwt_bearer_grant_id_token_lifespan") @Nullable String jwtBearerGrantIdTokenLifespan,
        @JsonProperty("refresh_token_grant_access_token_lifespan") @Nullable String refreshTokenGrantAccessTokenLifespan,
        @JsonProperty("refresh_token_grant_refresh_token_lifespan") @Nullable String refreshTokenGrantRefreshTokenLifespan,
        @JsonProperty("refresh_token_grant_id_token_lifespan") @Nullable String refreshTokenGrantIdTokenLifespan,
        @JsonProperty("device_authorization_grant_access_token_lifespan") @Nullable String deviceAuthorizationGrantAccessTokenLifespan,
        @JsonProperty("device_authorization_grant_refresh_token_lifespan") @Nullable String deviceAuthorizationGrantRefreshTokenLifespan,
        @JsonProperty("device_authorization_grant_id_token_lifespan") @Nullable String deviceAuthorizationGrantIdTokenLifespan,
        @JsonProperty("token_exchange_grant_access_token_lifespan") @Nullable String tokenExchangeGrantAccessTokenLifespan,
        @JsonProperty("token_exchange_grant_refresh_token_lifespan") @Nullable String tokenExchangeGrantRefreshTokenLifespan,
        @JsonProperty("token_exchange_grant_id_token_lifespan") @Nullable String tokenExchangeGrantIdTokenLifespan) {

    /** One member: its name, the lifespan it sets, and where the record keeps it. */
    record Member(String name, LifespanKey key, Function<HydraLifespans, String> value) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("authorization_code_grant_access_token_lifespan", new LifespanKey(GrantType.AUTHORIZATION_CODE, TokenKind.ACCESS_TOKEN), HydraLifespans::authorizationCodeGrantAccessTokenLifespan),
            new Member("authorization_code_grant_refresh_token_lifespan", new LifespanKey(GrantType.AUTHORIZATION_CODE, TokenKind.REFRESH_TOKEN), HydraLifespans::authorizationCodeGrantRefreshTokenLifespan),
            new Member("authorization_code_grant_id_token_lifespan", new LifespanKey(GrantType.AUTHORIZATION_CODE, TokenKind.ID_TOKEN), HydraLifespans::authorizationCodeGrantIdTokenLifespan),
            new Member("client_credentials_grant_access_token_lifespan", new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN), HydraLifespans::clientCredentialsGrantAccessTokenLifespan),
            new Member("client_credentials_grant_refresh_token_lifespan", new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.REFRESH_TOKEN), HydraLifespans::clientCredentialsGrantRefreshTokenLifespan),
            new Member("client_credentials_grant_id_token_lifespan", new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ID_TOKEN), HydraLifespans::clientCredentialsGrantIdTokenLifespan),
            new Member("implicit_grant_access_token_lifespan", new LifespanKey(GrantType.IMPLICIT, TokenKind.ACCESS_TOKEN), HydraLifespans::implicitGrantAccessTokenLifespan),
            new Member("implicit_grant_refresh_token_lifespan", new LifespanKey(GrantType.IMPLICIT, TokenKind.REFRESH_TOKEN), HydraLifespans::implicitGrantRefreshTokenLifespan),
            new Member("implicit_grant_id_token_lifespan", new LifespanKey(GrantType.IMPLICIT, TokenKind.ID_TOKEN), HydraLifespans::implicitGrantIdTokenLifespan),
            new Member("jwt_bearer_grant_access_token_lifespan", new LifespanKey(GrantType.JWT_BEARER, TokenKind.ACCESS_TOKEN), HydraLifespans::jwtBearerGrantAccessTokenLifespan),
            new Member("jwt_bearer_grant_refresh_token_lifespan", new LifespanKey(GrantType.JWT_BEARER, TokenKind.REFRESH_TOKEN), HydraLifespans::jwtBearerGrantRefreshTokenLifespan),
            new Member("jwt_bearer_grant_id_token_lifespan", new LifespanKey(GrantType.JWT_BEARER, TokenKind.ID_TOKEN), HydraLifespans::jwtBearerGrantIdTokenLifespan),
            new Member("refresh_token_grant_access_token_lifespan", new LifespanKey(GrantType.REFRESH_TOKEN, TokenKind.ACCESS_TOKEN), HydraLifespans::refreshTokenGrantAccessTokenLifespan),
            new Member("refresh_token_grant_refresh_token_lifespan", new LifespanKey(GrantType.REFRESH_TOKEN, TokenKind.REFRESH_TOKEN), HydraLifespans::refreshTokenGrantRefreshTokenLifespan),
            new Member("refresh_token_grant_id_token_lifespan", new LifespanKey(GrantType.REFRESH_TOKEN, TokenKind.ID_TOKEN), HydraLifespans::refreshTokenGrantIdTokenLifespan),
            new Member("device_authorization_grant_access_token_lifespan", new LifespanKey(GrantType.DEVICE_CODE, TokenKind.ACCESS_TOKEN), HydraLifespans::deviceAuthorizationGrantAccessTokenLifespan),
            new Member("device_authorization_grant_refresh_token_lifespan", new LifespanKey(GrantType.DEVICE_CODE, TokenKind.REFRESH_TOKEN), HydraLifespans::deviceAuthorizationGrantRefreshTokenLifespan),
            new Member("device_authorization_grant_id_token_lifespan", new LifespanKey(GrantType.DEVICE_CODE, TokenKind.ID_TOKEN), HydraLifespans::deviceAuthorizationGrantIdTokenLifespan),
            new Member("token_exchange_grant_access_token_lifespan", new LifespanKey(GrantType.TOKEN_EXCHANGE, TokenKind.ACCESS_TOKEN), HydraLifespans::tokenExchangeGrantAccessTokenLifespan),
            new Member("token_exchange_grant_refresh_token_lifespan", new LifespanKey(GrantType.TOKEN_EXCHANGE, TokenKind.REFRESH_TOKEN), HydraLifespans::tokenExchangeGrantRefreshTokenLifespan),
            new Member("token_exchange_grant_id_token_lifespan", new LifespanKey(GrantType.TOKEN_EXCHANGE, TokenKind.ID_TOKEN), HydraLifespans::tokenExchangeGrantIdTokenLifespan));

    static final HydraLifespans NONE = from(Map.of());

    /** The members from their names, as read from a request; missing names are absent. */
    static HydraLifespans from(Map<String, String> byName) {
        return new HydraLifespans(
                byName.get("authorization_code_grant_access_token_lifespan"),
                byName.get("authorization_code_grant_refresh_token_lifespan"),
                byName.get("authorization_code_grant_id_token_lifespan"),
                byName.get("client_credentials_grant_access_token_lifespan"),
                byName.get("client_credentials_grant_refresh_token_lifespan"),
                byName.get("client_credentials_grant_id_token_lifespan"),
                byName.get("implicit_grant_access_token_lifespan"),
                byName.get("implicit_grant_refresh_token_lifespan"),
                byName.get("implicit_grant_id_token_lifespan"),
                byName.get("jwt_bearer_grant_access_token_lifespan"),
                byName.get("jwt_bearer_grant_refresh_token_lifespan"),
                byName.get("jwt_bearer_grant_id_token_lifespan"),
                byName.get("refresh_token_grant_access_token_lifespan"),
                byName.get("refresh_token_grant_refresh_token_lifespan"),
                byName.get("refresh_token_grant_id_token_lifespan"),
                byName.get("device_authorization_grant_access_token_lifespan"),
                byName.get("device_authorization_grant_refresh_token_lifespan"),
                byName.get("device_authorization_grant_id_token_lifespan"),
                byName.get("token_exchange_grant_access_token_lifespan"),
                byName.get("token_exchange_grant_refresh_token_lifespan"),
                byName.get("token_exchange_grant_id_token_lifespan"));
    }

    static HydraLifespans of(TokenLifespans lifespans) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (Member member : MEMBERS) {
            lifespans.of(member.key().grantType(), member.key().tokenKind())
                    .ifPresent(duration -> byName.put(member.name(), GoDurations.format(duration)));
        }
        return from(byName);
    }

    /** @throws OAuthException {@code invalid_client_metadata} for a value that is no whole positive duration */
    TokenLifespans toDomain() {
        Map<LifespanKey, Duration> values = new LinkedHashMap<>();
        for (Member member : MEMBERS) {
            String raw = member.value().apply(this);
            if (raw == null || raw.isEmpty()) {
                continue;
            }
            Duration duration = GoDurations.parse(raw)
                    .filter(d -> !d.isZero() && d.toMillisPart() == 0)
                    .orElseThrow(() -> OAuthException.invalidClientMetadata(
                            member.name() + " must be a positive whole number of seconds written like 1h30m or 45s"));
            values.put(member.key(), duration);
        }
        return new TokenLifespans(values);
    }
}

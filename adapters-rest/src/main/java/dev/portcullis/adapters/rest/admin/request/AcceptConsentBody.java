package dev.portcullis.adapters.rest.admin.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.authorization.ConsentAnswer;
import dev.portcullis.domain.client.JsonDocument;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hydra's {@code AcceptOAuth2ConsentRequest}, with the claims of the grant's tokens in {@code session}. */
@Serdeable
public record AcceptConsentBody(
        @JsonProperty("grant_scope") @Nullable List<String> grantScope,
        @JsonProperty("grant_access_token_audience") @Nullable List<String> grantAccessTokenAudience,
        @JsonProperty("remember") @Nullable Boolean remember,
        @JsonProperty("remember_for") @Nullable Long rememberFor,
        @JsonProperty("session") @Nullable Session session) {

    /**
     * Hydra's {@code AcceptOAuth2ConsentRequestSession}: claims for ID tokens and userinfo, and for access tokens;
     * and this server's {@code userinfo}, claims for userinfo only (in ID tokens only when the request's
     * {@code claims} parameter asks for them there).
     */
    @Serdeable
    public record Session(@JsonProperty("id_token") @Nullable Map<String, Object> idToken,
                          @JsonProperty("access_token") @Nullable Map<String, Object> accessToken,
                          @JsonProperty("userinfo") @Nullable Map<String, Object> userinfo) {
    }

    /** The body as the consent app sent it, each member's type checked; an empty body is an empty object. */
    static AcceptConsentBody read(JsonMembers in) {
        return new AcceptConsentBody(in.strings("grant_scope").orElse(null),
                in.strings("grant_access_token_audience").orElse(null), in.bool("remember").orElse(null),
                in.wholeNumber("remember_for").orElse(null), in.nested("session")
                .map(session -> new Session(session.object("id_token").orElse(null), session.object("access_token").orElse(null),
                        session.object("userinfo").orElse(null)))
                .orElse(null));
    }

    ConsentAnswer answer(String challenge) {
        Optional<Session> claims = Optional.ofNullable(session);
        return new ConsentAnswer(challenge, Optional.ofNullable(grantScope).orElse(List.of()),
                Optional.ofNullable(grantAccessTokenAudience).orElse(List.of()), Boolean.TRUE.equals(remember),
                Optional.ofNullable(rememberFor).orElse(0L),
                claims.map(Session::idToken).map(JsonDocument::new).orElse(JsonDocument.EMPTY),
                claims.map(Session::accessToken).map(JsonDocument::new).orElse(JsonDocument.EMPTY),
                claims.map(Session::userinfo).map(JsonDocument::new).orElse(JsonDocument.EMPTY));
    }
}

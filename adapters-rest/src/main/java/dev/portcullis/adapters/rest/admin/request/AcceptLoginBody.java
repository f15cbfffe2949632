package dev.portcullis.adapters.rest.admin.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.authorization.LoginAnswer;
import dev.portcullis.domain.client.JsonDocument;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hydra's {@code AcceptOAuth2LoginRequest}. */
@Serdeable
public record AcceptLoginBody(
        @JsonProperty("subject") @Nullable String subject,
        @JsonProperty("remember") @Nullable Boolean remember,
        @JsonProperty("remember_for") @Nullable Long rememberFor,
        @JsonProperty("acr") @Nullable String acr,
        @JsonProperty("amr") @Nullable List<String> amr,
        @JsonProperty("context") @Nullable Map<String, Object> context) {

    /** The body as the login app sent it, each member's type checked; an empty body is an empty object. */
    static AcceptLoginBody read(JsonMembers in) {
        return new AcceptLoginBody(in.string("subject").orElse(null), in.bool("remember").orElse(null),
                in.wholeNumber("remember_for").orElse(null), in.string("acr").orElse(null), in.strings("amr").orElse(null),
                in.object("context").orElse(null));
    }

    LoginAnswer answer(String challenge) {
        return new LoginAnswer(challenge, Optional.ofNullable(subject).orElse(""), Boolean.TRUE.equals(remember),
                Optional.ofNullable(rememberFor).orElse(0L), Optional.ofNullable(acr),
                Optional.ofNullable(amr).orElse(List.of()), context == null ? JsonDocument.EMPTY : new JsonDocument(context));
    }
}

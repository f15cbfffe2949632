package dev.portcullis.adapters.rest.admin.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.application.authorization.Redirection;
import io.micronaut.serde.annotation.Serdeable;

/** Hydra's {@code OAuth2RedirectTo}: where the login, consent or logout app sends the browser next. */
@Serdeable
public record RedirectBody(@JsonProperty("redirect_to") String redirectTo) {

    static RedirectBody from(Redirection redirection) {
        return new RedirectBody(redirection.redirectTo());
    }
}

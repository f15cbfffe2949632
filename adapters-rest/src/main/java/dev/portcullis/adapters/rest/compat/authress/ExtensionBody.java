package dev.portcullis.adapters.rest.compat.authress;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.RedirectUri;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Authress's {@code Extension}: the client's id as {@code extensionId}, its name, its redirect URIs as
 * {@code application.redirectUrls} and its creation time, camelCase as Authress spells them.
 */
@Serdeable
record ExtensionBody(@JsonProperty("extensionId") String extensionId,
                     @JsonProperty("name") String name,
                     @JsonProperty("application") ApplicationBody application,
                     @JsonProperty("createdTime") String createdTime) {

    /** Authress's {@code ExtensionApplication}. */
    @Serdeable
    record ApplicationBody(@JsonProperty("redirectUrls") @JsonInclude(JsonInclude.Include.ALWAYS) List<String> redirectUrls) {
    }

    static ExtensionBody from(Client client) {
        return new ExtensionBody(client.id().value(), client.metadata().clientName(),
                new ApplicationBody(client.metadata().redirectUris().stream().map(RedirectUri::value).map(Object::toString).toList()),
                client.createdAt().toString());
    }
}

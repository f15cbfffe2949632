package dev.portcullis.adapters.rest.oauth.userinfo;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.application.userinfo.Userinfo;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/** The userinfo response (OIDC Core §5.3.2): {@code sub}, then the claims the consent granted. */
@Serdeable
record UserinfoBody(@JsonProperty("sub") String sub, @JsonAnyGetter @Schema(hidden = true) Map<String, Object> claims) {

    static UserinfoBody from(Userinfo userinfo) {
        return new UserinfoBody(userinfo.subject(), userinfo.claims().members());
    }
}

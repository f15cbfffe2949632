package dev.portcullis.adapters.rest.oauth;

import dev.portcullis.application.token.Introspection;
import dev.portcullis.domain.token.TokenRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The RFC 7662 §2.2 response members, shared by the public and the admin introspection endpoints. */
public final class IntrospectionBodies {

    private IntrospectionBodies() {
    }

    public static Map<String, Object> of(Introspection introspection) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", introspection.active());
        introspection.token().ifPresent(token -> describe(token, introspection.issuer(), body));
        return body;
    }

    private static void describe(TokenRecord token, String issuer, Map<String, Object> body) {
        body.put("scope", token.scope().value());
        body.put("client_id", token.clientId().value());
        body.put("sub", token.subject().orElse(token.clientId().value()));
        body.put("exp", token.expiresAt().getEpochSecond());
        body.put("iat", token.issuedAt().getEpochSecond());
        body.put("nbf", token.issuedAt().getEpochSecond());
        body.put("aud", new ArrayList<>(token.audience()));
        body.put("iss", issuer);
        body.put("token_type", "Bearer");
        body.put("token_use", token.kind().wireName());
    }
}

package dev.portcullis.adapters.persistence.jdbc.flow;

import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.AuthorizationRequest;
import dev.portcullis.domain.authorization.ClaimsRequest;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.authorization.LoginAcceptance;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.authorization.Rejection;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.PkceChallenge;
import dev.portcullis.domain.grant.Prompt;
import dev.portcullis.domain.grant.ResponseMode;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON document of a flow: every field that {@link FlowRow} keeps in no column of its own, under snake_case
 * member names. An empty optional field is left out. Times are epoch milliseconds, the precision of the columns;
 * durations are ISO-8601 ({@link Duration#toString()}), which reads back exactly. Contexts and claims are written
 * as they are and read back through {@link JsonDocument}, which puts their numbers back in canonical form.
 */
final class FlowDocument {

    private final Members members;

    private FlowDocument(Members members) {
        this.members = members;
    }

    /** The document of {@code flow}, as plain JSON values. */
    static Map<String, Object> of(AuthorizationFlow flow) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("request", request(flow.request()));
        out.put("csrf", flow.csrf().value());
        flow.remembered().ifPresent(session -> out.put("remembered", session(session)));
        flow.login().ifPresent(login -> out.put("login", login(login)));
        flow.sessionId().ifPresent(id -> out.put("session_id", id));
        out.put("consent_skip", flow.consentSkip());
        flow.consent().ifPresent(consent -> out.put("consent", consent(consent)));
        flow.rejection().ifPresent(rejection -> out.put("rejection", rejection(rejection)));
        flow.codeExpiresAt().ifPresent(at -> out.put("code_expires_at", at.toEpochMilli()));
        return out;
    }

    /** A stored document, to be read field by field. */
    static FlowDocument read(Map<String, Object> document) {
        return new FlowDocument(new Members("flow", document));
    }

    /** The request, which the row's {@code client_id} column completes. */
    AuthorizationRequest request(ClientId clientId) {
        Members request = members.object("request").orElseThrow(() -> members.missing("request"));
        Optional<String> challenge = request.string("code_challenge");
        Optional<PkceChallenge> pkce = challenge.map(value -> new PkceChallenge(value,
                PkceChallenge.Method.of(request.requiredString("code_challenge_method"))
                        .orElseThrow(() -> request.malformed("code_challenge_method"))));
        return new AuthorizationRequest(clientId,
                request.requiredString("redirect_uri"),
                request.requiredBoolean("redirect_uri_presented"),
                ResponseMode.of(request.requiredString("response_mode"))
                        .orElseThrow(() -> request.malformed("response_mode")),
                Scopes.of(request.strings("scope")),
                Audience.of(request.strings("audience")),
                request.string("state"),
                request.string("nonce"),
                pkce,
                Prompt.parse(request.requiredString("prompt")),
                request.number("max_age"),
                request.string("login_hint"),
                request.string("id_token_hint"),
                request.strings("ui_locales"),
                request.strings("acr_values"),
                request.string("display"),
                request.requiredString("request_url"),
                new ClaimsRequest(request.document("claims")),
                // Flows stored before the implicit flow existed asked for a code.
                request.string("response_type").map(raw -> ResponseType.parse(raw)
                        .orElseThrow(() -> request.malformed("response_type"))).orElse(ResponseType.CODE));
    }

    TokenSignature csrf() {
        return new TokenSignature(members.requiredString("csrf"));
    }

    Optional<LoginSession> remembered() {
        return members.object("remembered").map(session -> new LoginSession(
                session.requiredString("id"),
                new TokenSignature(session.requiredString("cookie")),
                session.requiredString("subject"),
                session.requiredInstant("authenticated_at"),
                session.requiredBoolean("remembered"),
                session.requiredInstant("expires_at")));
    }

    Optional<LoginAcceptance> login() {
        return members.object("login").map(login -> new LoginAcceptance(
                login.requiredString("subject"),
                login.requiredBoolean("remember"),
                login.requiredDuration("remember_for"),
                login.string("acr"),
                login.strings("amr"),
                login.document("context"),
                login.requiredInstant("authenticated_at")));
    }

    Optional<String> sessionId() {
        return members.string("session_id");
    }

    boolean consentSkip() {
        return members.requiredBoolean("consent_skip");
    }

    Optional<ConsentAcceptance> consent() {
        return members.object("consent").map(consent -> new ConsentAcceptance(
                Scopes.of(consent.strings("grant_scope")),
                Audience.of(consent.strings("grant_audience")),
                consent.requiredBoolean("remember"),
                consent.requiredDuration("remember_for"),
                consent.document("id_token_claims"),
                consent.document("access_token_claims"),
                consent.requiredInstant("handled_at"),
                consent.document("userinfo_claims")));
    }

    Optional<Rejection> rejection() {
        return members.object("rejection").map(rejection -> new Rejection(
                new ErrorCode(rejection.requiredString("error")),
                rejection.string("error_description"),
                rejection.string("error_hint"),
                Math.toIntExact(rejection.number("status_code").orElseThrow(() -> rejection.missing("status_code")))));
    }

    Optional<Instant> codeExpiresAt() {
        return members.number("code_expires_at").map(Instant::ofEpochMilli);
    }

    private static Map<String, Object> request(AuthorizationRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("redirect_uri", request.redirectUri());
        out.put("redirect_uri_presented", request.redirectUriPresented());
        out.put("response_mode", request.responseMode().wireName());
        out.put("response_type", request.responseType().value());
        out.put("scope", List.copyOf(request.scope().values()));
        out.put("audience", List.copyOf(request.audience().values()));
        request.state().ifPresent(state -> out.put("state", state));
        request.nonce().ifPresent(nonce -> out.put("nonce", nonce));
        request.pkce().ifPresent(pkce -> {
            out.put("code_challenge", pkce.value());
            out.put("code_challenge_method", pkce.method().wireName());
        });
        out.put("prompt", request.prompt().value());
        request.maxAge().ifPresent(maxAge -> out.put("max_age", maxAge));
        request.loginHint().ifPresent(hint -> out.put("login_hint", hint));
        request.idTokenHint().ifPresent(hint -> out.put("id_token_hint", hint));
        out.put("ui_locales", request.uiLocales());
        out.put("acr_values", request.acrValues());
        request.display().ifPresent(display -> out.put("display", display));
        out.put("request_url", request.requestUrl());
        if (!request.claims().isEmpty()) {
            out.put("claims", request.claims().document().members());
        }
        return out;
    }

    private static Map<String, Object> session(LoginSession session) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", session.id());
        out.put("cookie", session.cookie().value());
        out.put("subject", session.subject());
        out.put("authenticated_at", session.authenticatedAt().toEpochMilli());
        out.put("remembered", session.remembered());
        out.put("expires_at", session.expiresAt().toEpochMilli());
        return out;
    }

    private static Map<String, Object> login(LoginAcceptance login) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subject", login.subject());
        out.put("remember", login.remember());
        out.put("remember_for", login.rememberFor().toString());
        login.acr().ifPresent(acr -> out.put("acr", acr));
        out.put("amr", login.amr());
        out.put("context", login.context().members());
        out.put("authenticated_at", login.authenticatedAt().toEpochMilli());
        return out;
    }

    private static Map<String, Object> consent(ConsentAcceptance consent) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("grant_scope", List.copyOf(consent.grantScope().values()));
        out.put("grant_audience", List.copyOf(consent.grantAudience().values()));
        out.put("remember", consent.remember());
        out.put("remember_for", consent.rememberFor().toString());
        out.put("id_token_claims", consent.idTokenClaims().members());
        out.put("access_token_claims", consent.accessTokenClaims().members());
        if (!consent.userinfoClaims().isEmpty()) {
            out.put("userinfo_claims", consent.userinfoClaims().members());
        }
        out.put("handled_at", consent.handledAt().toEpochMilli());
        return out;
    }

    private static Map<String, Object> rejection(Rejection rejection) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", rejection.error().value());
        rejection.description().ifPresent(description -> out.put("error_description", description));
        rejection.hint().ifPresent(hint -> out.put("error_hint", hint));
        out.put("status_code", rejection.statusCode());
        return out;
    }

    /**
     * Typed access to the members of one object of a stored document. A missing member and JSON null both read
     * as absent; a member of the wrong type means the document was not written by {@link #of}.
     *
     * @param path where the object sits in the document, for messages
     */
    private record Members(String path, Map<String, Object> values) {

        Optional<String> string(String name) {
            return typed(name, String.class);
        }

        String requiredString(String name) {
            return string(name).orElseThrow(() -> missing(name));
        }

        boolean requiredBoolean(String name) {
            return typed(name, Boolean.class).orElseThrow(() -> missing(name));
        }

        /** A whole number; the JSON reader hands out the smaller ones as Integer. */
        Optional<Long> number(String name) {
            Object value = values.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof Integer || value instanceof Long) {
                return Optional.of(((Number) value).longValue());
            }
            throw malformed(name);
        }

        Instant requiredInstant(String name) {
            return number(name).map(Instant::ofEpochMilli).orElseThrow(() -> missing(name));
        }

        Duration requiredDuration(String name) {
            return Duration.parse(requiredString(name));
        }

        /** An array of strings; absent reads as empty. */
        List<String> strings(String name) {
            List<String> strings = new ArrayList<>();
            for (Object element : typed(name, List.class).orElse(List.of())) {
                if (!(element instanceof String text)) {
                    throw malformed(name);
                }
                strings.add(text);
            }
            return List.copyOf(strings);
        }

        Optional<Members> object(String name) {
            return typed(name, Map.class).map(map -> new Members(path + "." + name, stringKeyed(map)));
        }

        /** A JSON object of someone else's structure; absent reads as empty. */
        JsonDocument document(String name) {
            return typed(name, Map.class).map(map -> new JsonDocument(stringKeyed(map))).orElse(JsonDocument.EMPTY);
        }

        IllegalStateException missing(String name) {
            return new IllegalStateException("the stored " + path + " document has no " + name);
        }

        IllegalStateException malformed(String name) {
            return new IllegalStateException("the stored " + path + " document has a malformed " + name);
        }

        private <T> Optional<T> typed(String name, Class<T> type) {
            Object value = values.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (!type.isInstance(value)) {
                throw malformed(name);
            }
            return Optional.of(type.cast(value));
        }

        private Map<String, Object> stringKeyed(Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key.toString(), value));
            return copy;
        }
    }
}

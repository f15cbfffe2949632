package dev.portcullis.adapters.persistence.jdbc.flow;

import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenSignature;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One row of {@code flows}. What lookups and queries filter on has a column of its own: the stage, client and
 * subject, the keyed hashes a flow is found by, and its times (epoch milliseconds). The rest of the flow is its
 * {@link FlowDocument} as JSON text.
 *
 * @param subject the subject once known; a column so that consents are found by it
 */
record FlowRow(
        String id,
        int version,
        String stage,
        String clientId,
        @Nullable String subject,
        String loginChallenge,
        @Nullable String loginVerifier,
        @Nullable String consentChallenge,
        @Nullable String consentVerifier,
        @Nullable String code,
        long requestedAt,
        long expiresAt,
        String document) {

    /** The columns in declaration order, as every query selects them. */
    static final String COLUMNS = "id, version, stage, client_id, subject, login_challenge, login_verifier, "
            + "consent_challenge, consent_verifier, code, requested_at, expires_at, document";

    private static final Argument<Map<String, Object>> DOCUMENT = Argument.mapOf(String.class, Object.class);

    static FlowRow from(AuthorizationFlow flow, JsonMapper json) {
        try {
            return new FlowRow(flow.id().value(), flow.version(), flow.stage().wireName(),
                    flow.request().clientId().value(), flow.subject().orElse(null), flow.loginChallenge().value(),
                    hash(flow.loginVerifier()), hash(flow.consentChallenge()), hash(flow.consentVerifier()),
                    hash(flow.code()), flow.requestedAt().toEpochMilli(), flow.expiresAt().toEpochMilli(),
                    json.writeValueAsString(DOCUMENT, FlowDocument.of(flow)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the document of flow " + flow.id(), e);
        }
    }

    /** The row under the cursor of a result set with the {@link #COLUMNS}. */
    static FlowRow read(ResultSet row) throws SQLException {
        return new FlowRow(row.getString(1), row.getInt(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                row.getLong(11), row.getLong(12), row.getString(13));
    }

    AuthorizationFlow toDomain(JsonMapper json) {
        FlowDocument rest;
        try {
            rest = FlowDocument.read(json.readValue(document, DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stored document of flow " + id, e);
        }
        return new AuthorizationFlow(new GrantId(id), version, FlowStage.fromWireName(stage),
                rest.request(new ClientId(clientId)), Instant.ofEpochMilli(requestedAt), rest.csrf(),
                new TokenSignature(loginChallenge), rest.remembered(), rest.login(), signature(loginVerifier),
                rest.sessionId(), signature(consentChallenge), rest.consentSkip(), rest.consent(),
                signature(consentVerifier), rest.rejection(), signature(code), rest.codeExpiresAt(),
                Instant.ofEpochMilli(expiresAt));
    }

    private static String hash(Optional<TokenSignature> signature) {
        return signature.map(TokenSignature::value).orElse(null);
    }

    private static Optional<TokenSignature> signature(@Nullable String hash) {
        return Optional.ofNullable(hash).map(TokenSignature::new);
    }
}

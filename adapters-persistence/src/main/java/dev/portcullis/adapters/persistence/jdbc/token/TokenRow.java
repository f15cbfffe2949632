package dev.portcullis.adapters.persistence.jdbc.token;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenRecord;
import dev.portcullis.domain.token.TokenSignature;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of {@code tokens}. The scope is its space-separated wire form (scope tokens hold no space); the
 * audience is a JSON array, since an audience may. Times are epoch milliseconds. Further claims are a JSON object,
 * NULL when there are none, as for most tokens.
 */
@MappedEntity("tokens")
record TokenRow(
        @Id String signature,
        String kind,
        String clientId,
        @Nullable String subject,
        String scope,
        String audience,
        long issuedAt,
        long expiresAt,
        String grantId,
        boolean revoked,
        @Nullable String claims,
        @Nullable String derivedFrom) {

    private static final Argument<List<String>> AUDIENCE = Argument.listOf(String.class);
    private static final Argument<Map<String, Object>> CLAIMS = Argument.mapOf(String.class, Object.class);
    private static final String NO_AUDIENCE = "[]";

    static TokenRow from(TokenRecord token, JsonMapper json) {
        return new TokenRow(token.signature().value(), token.kind().wireName(), token.clientId().value(),
                token.subject().orElse(null), token.scope().value(), writeAudience(token.audience(), json),
                token.issuedAt().toEpochMilli(), token.expiresAt().toEpochMilli(), token.grantId().value(), token.revoked(),
                writeClaims(token.claims(), json), token.derivedFrom().map(TokenSignature::value).orElse(null));
    }

    /** The row under the cursor of a result set with the columns in declaration order. */
    static TokenRow read(ResultSet row) throws SQLException {
        return new TokenRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getLong(7), row.getLong(8), row.getString(9), row.getBoolean(10), row.getString(11),
                row.getString(12));
    }

    TokenRecord toDomain(JsonMapper json) {
        return new TokenRecord(new TokenSignature(signature), kindOf(kind), new ClientId(clientId),
                Optional.ofNullable(subject), readScope(scope), readAudience(json),
                Instant.ofEpochMilli(issuedAt), Instant.ofEpochMilli(expiresAt), new GrantId(grantId), revoked,
                readClaims(json), Optional.ofNullable(derivedFrom).map(TokenSignature::new));
    }

    private static String writeAudience(Audience audience, JsonMapper json) {
        if (audience.isEmpty()) {
            return NO_AUDIENCE;
        }
        try {
            return json.writeValueAsString(AUDIENCE, List.copyOf(audience.values()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a token's audience", e);
        }
    }

    private Audience readAudience(JsonMapper json) {
        if (NO_AUDIENCE.equals(audience)) {
            return Audience.NONE;
        }
        try {
            return Audience.of(json.readValue(audience, AUDIENCE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stored audience of a token", e);
        }
    }

    private static String writeClaims(JsonDocument claims, JsonMapper json) {
        if (claims.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(CLAIMS, claims.members());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a token's claims", e);
        }
    }

    private JsonDocument readClaims(JsonMapper json) {
        if (claims == null) {
            return JsonDocument.EMPTY;
        }
        try {
            return new JsonDocument(json.readValue(claims, CLAIMS));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stored claims of a token", e);
        }
    }

    private static Scopes readScope(String scope) {
        return scope.isEmpty() ? Scopes.NONE : Scopes.of(Arrays.asList(scope.split(" ")));
    }

    private static TokenKind kindOf(String wireName) {
        for (TokenKind kind : TokenKind.values()) {
            if (kind.wireName().equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalStateException("unknown token kind stored: " + wireName);
    }
}

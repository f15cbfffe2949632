package dev.portcullis.adapters.persistence.jdbc.trust;

import dev.portcullis.adapters.persistence.jdbc.IndexKeys;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.trust.TrustId;
import dev.portcullis.domain.trust.TrustRelationship;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * One row of {@code trust_relationships}. The scope is its space-separated wire form, as in {@code tokens}; the
 * public key is JSON text; times are epoch milliseconds. Issuer, subject and key id are kept as given, and found
 * and kept unique through {@link IndexKeys} digests, since they may be longer than an index entry can be.
 *
 * @param subject             the one subject the issuer may assert; null when it may assert any
 * @param issuerHash          the digest of the issuer alone, which lookups by issuer go through
 * @param issuerSubjectKidHash the digest of issuer, subject (null for any subject) and key id: unique
 */
record TrustRelationshipRow(
        String id,
        String issuer,
        String issuerHash,
        @Nullable String subject,
        String keyId,
        String issuerSubjectKidHash,
        String scope,
        String publicKey,
        long expiresAt,
        long createdAt) {

    /** The columns in declaration order, as every query selects them. */
    static final String COLUMNS = "id, issuer, issuer_hash, subject, key_id, issuer_subject_kid_hash, scope, "
            + "public_key, expires_at, created_at";

    private static final Argument<Map<String, Object>> JWK = Argument.mapOf(String.class, Object.class);

    static TrustRelationshipRow from(TrustRelationship relationship, JsonMapper json) {
        String subject = relationship.subject().orElse(null);
        try {
            return new TrustRelationshipRow(relationship.id().value(), relationship.issuer(),
                    issuerHash(relationship.issuer()), subject, relationship.keyId(),
                    IndexKeys.of(relationship.issuer(), subject, relationship.keyId()), relationship.scope().value(),
                    json.writeValueAsString(JWK, relationship.publicKey().members()),
                    relationship.expiresAt().toEpochMilli(), relationship.createdAt().toEpochMilli());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the public key of trust relationship " + relationship.id(), e);
        }
    }

    /** The digest that the relationships of {@code issuer} are found by. */
    static String issuerHash(String issuer) {
        return IndexKeys.of(issuer);
    }

    /** The row under the cursor of a result set with the {@link #COLUMNS}. */
    static TrustRelationshipRow read(ResultSet row) throws SQLException {
        return new TrustRelationshipRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getLong(9),
                row.getLong(10));
    }

    TrustRelationship toDomain(JsonMapper json) {
        JsonDocument key;
        try {
            key = new JsonDocument(json.readValue(publicKey, JWK));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stored public key of trust relationship " + id, e);
        }
        return new TrustRelationship(new TrustId(id), issuer, Optional.ofNullable(subject), readScope(scope), keyId,
                key, Instant.ofEpochMilli(expiresAt), Instant.ofEpochMilli(createdAt));
    }

    private static Scopes readScope(String scope) {
        return scope.isEmpty() ? Scopes.NONE : Scopes.of(Arrays.asList(scope.split(" ")));
    }
}

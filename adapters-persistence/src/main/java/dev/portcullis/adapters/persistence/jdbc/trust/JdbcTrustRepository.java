package dev.portcullis.adapters.persistence.jdbc.trust;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.HotStatements;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.domain.trust.TrustId;
import dev.portcullis.domain.trust.TrustRelationship;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Trust relationships in the {@code trust_relationships} table, as plain JDBC in SQL that H2 and PostgreSQL run
 * alike. The id is the primary key and the digest of issuer, subject (or any subject) and key id is unique, so an
 * add that collides with either is refused by the database, also when two servers add at the same moment.
 *
 * <p>Lookups by issuer bind only the issuer's digest, never the issuer itself: the issuer of {@link #findActive}
 * comes from an unverified assertion, and PostgreSQL would fail on a parameter holding U+0000 where it should find
 * nothing. The rows found are then matched on the issuer itself.
 */
@Singleton
@JdbcStorage
public final class JdbcTrustRepository implements TrustRepository {

    private static final String INSERT = "INSERT INTO trust_relationships (" + TrustRelationshipRow.COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + TrustRelationshipRow.COLUMNS + " FROM trust_relationships WHERE id = ?";
    private static final String FIND_ACTIVE = "SELECT " + TrustRelationshipRow.COLUMNS
            + " FROM trust_relationships WHERE issuer_hash = ? AND expires_at > ? ORDER BY created_at, id";
    private static final String PAGE = "SELECT " + TrustRelationshipRow.COLUMNS
            + " FROM trust_relationships WHERE id > ? ORDER BY id LIMIT ?";
    private static final String PAGE_OF_ISSUER = "SELECT " + TrustRelationshipRow.COLUMNS
            + " FROM trust_relationships WHERE issuer_hash = ? AND id > ? ORDER BY id LIMIT ?";
    private static final String DELETE = "DELETE FROM trust_relationships WHERE id = ?";

    /** Sorts before every id: ids are UUIDs, compared byte by byte. */
    private static final String BEFORE_ALL_IDS = "";

    private final HotStatements statements;
    private final JsonMapper json;

    JdbcTrustRepository(HotStatements statements, JsonMapper json) {
        this.statements = statements;
        this.json = json;
    }

    @Override
    public boolean add(TrustRelationship relationship) {
        TrustRelationshipRow row = TrustRelationshipRow.from(relationship, json);
        return SqlStates.insertUnlessDuplicate(() -> statements.update(INSERT, insert -> {
            insert.setString(1, row.id());
            insert.setString(2, row.issuer());
            insert.setString(3, row.issuerHash());
            HotStatements.setNullableString(insert, 4, row.subject());
            insert.setString(5, row.keyId());
            insert.setString(6, row.issuerSubjectKidHash());
            insert.setString(7, row.scope());
            insert.setString(8, row.publicKey());
            insert.setLong(9, row.expiresAt());
            insert.setLong(10, row.createdAt());
        }));
    }

    @Override
    public Optional<TrustRelationship> find(TrustId id) {
        return statements.findOne(FIND, find -> find.setString(1, id.value()), TrustRelationshipRow::read)
                .map(row -> row.toDomain(json));
    }

    @Override
    public List<TrustRelationship> findActive(String issuer, Instant now) {
        return statements.findAll(FIND_ACTIVE, find -> {
            find.setString(1, TrustRelationshipRow.issuerHash(issuer));
            find.setLong(2, now.toEpochMilli());
        }, TrustRelationshipRow::read).stream()
                .filter(row -> row.issuer().equals(issuer))
                .map(row -> row.toDomain(json))
                .toList();
    }

    @Override
    public TrustPage list(TrustQuery query) {
        String after = query.after().map(TrustId::value).orElse(BEFORE_ALL_IDS);
        // One more than the page holds, to learn whether more follow.
        long fetch = query.limit() + 1L;
        List<TrustRelationshipRow> rows = query.issuer()
                .map(issuer -> statements.findAll(PAGE_OF_ISSUER, page -> {
                    page.setString(1, TrustRelationshipRow.issuerHash(issuer));
                    page.setString(2, after);
                    page.setLong(3, fetch);
                }, TrustRelationshipRow::read).stream().filter(row -> row.issuer().equals(issuer)).toList())
                .orElseGet(() -> statements.findAll(PAGE, page -> {
                    page.setString(1, after);
                    page.setLong(2, fetch);
                }, TrustRelationshipRow::read));
        List<TrustRelationship> relationships = rows.stream().limit(query.limit()).map(row -> row.toDomain(json)).toList();
        return new TrustPage(relationships, rows.size() > query.limit());
    }

    @Override
    public boolean delete(TrustId id) {
        return statements.update(DELETE, delete -> delete.setString(1, id.value())) == 1;
    }
}

package dev.portcullis.adapters.persistence.jdbc.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries on {@code clients}; one empty sub-interface per dialect makes them concrete. */
interface ClientRows extends GenericRepository<ClientRow, String> {

    ClientRow save(ClientRow row);

    Optional<ClientRow> findById(String clientId);

    int deleteById(String clientId);

    @Query("""
            UPDATE clients SET client_name = :clientName, owner = :owner, secret_hash = :secretHash, document = :document,
                   updated_at = :updatedAt, last_used_at = :lastUsedAt, revision = :revision
             WHERE client_id = :clientId AND revision = :expectedRevision""")
    int updateAtRevision(String clientId, String clientName, String owner, @Nullable String secretHash, String document,
                         Instant updatedAt, @Nullable Instant lastUsedAt, long revision, long expectedRevision);

    // CAST makes the type of a possibly-null parameter known to PostgreSQL.
    @Query("""
            SELECT * FROM clients
             WHERE (CAST(:clientName AS VARCHAR(255)) IS NULL OR client_name = :clientName)
               AND (CAST(:owner AS VARCHAR(255)) IS NULL OR owner = :owner)
               AND client_id > :after
             ORDER BY client_id
             LIMIT :limit""")
    List<ClientRow> page(@Nullable String clientName, @Nullable String owner, String after, int limit);

    @Query("""
            SELECT COUNT(*) FROM clients
             WHERE (CAST(:clientName AS VARCHAR(255)) IS NULL OR client_name = :clientName)
               AND (CAST(:owner AS VARCHAR(255)) IS NULL OR owner = :owner)""")
    long countMatching(@Nullable String clientName, @Nullable String owner);
}

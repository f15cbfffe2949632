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

    // last_used_at is left alone: a use recorded since the caller read the client must not be undone.
    @Query("""
            UPDATE clients SET client_name = :clientName, owner = :owner, secret_hash = :secretHash, document = :document,
                   updated_at = :updatedAt, revision = :revision
             WHERE client_id = :clientId AND revision = :expectedRevision""")
    int updateAtRevision(String clientId, String clientName, String owner, @Nullable String secretHash, String document,
                         Instant updatedAt, long revision, long expectedRevision);

    @Query("""
            UPDATE clients SET last_used_at = :usedAt
             WHERE client_id = :clientId AND (last_used_at IS NULL OR last_used_at < :usedAt)""")
    int recordUse(String clientId, Instant usedAt);

    // CAST makes the type of a possibly-null parameter known to PostgreSQL.
    @Query("""
            SELECT * FROM clients
             WHERE (CAST(:clientName AS VARCHAR(255)) IS NULL OR client_name = :clientName)
               AND (CAST(:owner AS VARCHAR(255)) IS NULL OR owner = :owner)
               AND (:neverUsed = FALSE OR last_used_at IS NULL)
               AND (CAST(:usedBefore AS TIMESTAMP WITH TIME ZONE) IS NULL OR last_used_at <= :usedBefore)
               AND client_id > :after
             ORDER BY client_id
             LIMIT :limit""")
    List<ClientRow> page(@Nullable String clientName, @Nullable String owner, boolean neverUsed,
                         @Nullable Instant usedBefore, String after, int limit);

    @Query("""
            SELECT COUNT(*) FROM clients
             WHERE (CAST(:clientName AS VARCHAR(255)) IS NULL OR client_name = :clientName)
               AND (CAST(:owner AS VARCHAR(255)) IS NULL OR owner = :owner)
               AND (:neverUsed = FALSE OR last_used_at IS NULL)
               AND (CAST(:usedBefore AS TIMESTAMP WITH TIME ZONE) IS NULL OR last_used_at <= :usedBefore)""")
    long countMatching(@Nullable String clientName, @Nullable String owner, boolean neverUsed,
                       @Nullable Instant usedBefore);
}

package dev.portcullis.adapters.persistence.jdbc.key;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The queries on {@code signing_keys}; one empty sub-interface per dialect makes them concrete. */
interface SigningKeyRows extends GenericRepository<SigningKeyRow, String> {

    @Query("""
            INSERT INTO signing_keys (key_set, kid, algorithm, created_at, public_jwk, sealed_private)
            VALUES (:keySet, :kid, :algorithm, :createdAt, :publicJwk, :sealedPrivate)""")
    int insert(String keySet, String kid, String algorithm, long createdAt, String publicJwk, String sealedPrivate);

    // Newest first, as SigningKey.isNewerThan orders them; kid compares byte-wise on both databases.
    @Query("SELECT * FROM signing_keys WHERE key_set = :keySet ORDER BY created_at DESC, kid DESC")
    List<SigningKeyRow> findSet(String keySet);

    @Query("DELETE FROM signing_keys WHERE key_set = :keySet AND kid = :kid")
    int delete(String keySet, String kid);
}

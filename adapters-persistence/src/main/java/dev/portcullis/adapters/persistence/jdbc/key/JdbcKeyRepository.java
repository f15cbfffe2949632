package dev.portcullis.adapters.persistence.jdbc.key;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.KeyRepository;
import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
@JdbcStorage
public final class JdbcKeyRepository implements KeyRepository {

    private final SigningKeyRows rows;
    private final JsonMapper json;

    JdbcKeyRepository(SigningKeyRows rows, JsonMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @Override
    public boolean add(SigningKey key) {
        SigningKeyRow row = SigningKeyRow.from(key, json);
        return SqlStates.insertUnlessDuplicate(() ->
                rows.insert(row.keySet(), row.kid(), row.algorithm(), row.createdAt(), row.publicJwk(), row.sealedPrivate()));
    }

    @Override
    public List<SigningKey> findSet(KeySetName set) {
        return rows.findSet(set.value()).stream().map(row -> row.toDomain(json)).toList();
    }

    @Override
    public boolean remove(KeySetName set, KeyId kid) {
        return rows.delete(set.value(), kid.value()) == 1;
    }
}

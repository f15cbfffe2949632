package dev.portcullis.adapters.persistence.jdbc.token;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenRecord;
import dev.portcullis.domain.token.TokenSignature;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

@Singleton
@JdbcStorage
public final class JdbcTokenRepository implements TokenRepository {

    private final TokenRows rows;
    private final JsonMapper json;

    JdbcTokenRepository(TokenRows rows, JsonMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @Override
    public boolean add(TokenRecord token) {
        TokenRow row = TokenRow.from(token, json);
        return SqlStates.insertUnlessDuplicate(() -> rows.insert(row.signature(), row.kind(), row.clientId(),
                row.subject(), row.scope(), row.audience(), row.issuedAt(), row.expiresAt(), row.grantId(), row.revoked()));
    }

    @Override
    public Optional<TokenRecord> find(TokenSignature signature) {
        return rows.findById(signature.value()).map(row -> row.toDomain(json));
    }

    @Override
    public boolean revoke(TokenSignature signature) {
        return rows.revoke(signature.value()) == 1;
    }

    @Override
    public int revokeGrant(GrantId grantId) {
        return rows.revokeGrant(grantId.value());
    }

    @Override
    public int removeClient(ClientId clientId) {
        return rows.deleteOfClient(clientId.value());
    }

    @Override
    public int removeExpired(Instant notAfter) {
        return rows.deleteExpiredBefore(notAfter.toEpochMilli());
    }
}

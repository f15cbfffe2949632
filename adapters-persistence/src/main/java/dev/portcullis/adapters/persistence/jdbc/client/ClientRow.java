package dev.portcullis.adapters.persistence.jdbc.client;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.HashedSecret;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One row of {@code clients}. The columns that queries filter on are their own columns; the rest of the
 * metadata is the client's {@link StoredClientDocument} as JSON text.
 */
@MappedEntity("clients")
record ClientRow(
        @Id String clientId,
        String clientName,
        String owner,
        @Nullable String secretHash,
        @TypeDef(type = DataType.STRING) String document,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastUsedAt,
        long revision) {

    private static final Argument<Map<String, Object>> DOCUMENT = Argument.mapOf(String.class, Object.class);

    static ClientRow from(Client client, JsonMapper json) {
        try {
            return new ClientRow(client.id().value(), client.metadata().clientName(), client.metadata().owner(),
                    client.secretHash().map(HashedSecret::encoded).orElse(null),
                    json.writeValueAsString(StoredClientDocument.write(client)),
                    client.createdAt(), client.updatedAt(), client.lastUsedAt().orElse(null), client.revision());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the document of client " + client.id(), e);
        }
    }

    Client toDomain(JsonMapper json) {
        try {
            Map<String, Object> fields = json.readValue(document, DOCUMENT);
            return new Client(new ClientId(clientId), StoredClientDocument.read(fields),
                    Optional.ofNullable(secretHash).map(HashedSecret::new), createdAt, updatedAt,
                    Optional.ofNullable(lastUsedAt), revision);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stored document of client " + clientId, e);
        }
    }
}

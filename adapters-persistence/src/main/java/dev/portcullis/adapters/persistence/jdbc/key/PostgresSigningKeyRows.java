package dev.portcullis.adapters.persistence.jdbc.key;

import dev.portcullis.adapters.persistence.OnPostgres;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

@OnPostgres
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostgresSigningKeyRows extends SigningKeyRows {
}

package dev.portcullis.adapters.persistence.jdbc.token;

import dev.portcullis.adapters.persistence.OnPostgres;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

@OnPostgres
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostgresTokenRows extends TokenRows {
}

package dev.portcullis.adapters.persistence.jdbc.key;

import dev.portcullis.adapters.persistence.OnH2;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

@OnH2
@JdbcRepository(dialect = Dialect.H2)
interface H2SigningKeyRows extends SigningKeyRows {
}

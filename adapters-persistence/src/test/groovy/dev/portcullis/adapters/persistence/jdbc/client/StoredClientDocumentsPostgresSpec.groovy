package dev.portcullis.adapters.persistence.jdbc.client

import io.micronaut.json.JsonMapper
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class StoredClientDocumentsPostgresSpec extends StoredClientDocumentsSpec implements TestPropertyProvider {

    @Inject
    JdbcClientRepository repository

    @Inject
    DataSource dataSource

    @Inject
    JsonMapper json

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }
}

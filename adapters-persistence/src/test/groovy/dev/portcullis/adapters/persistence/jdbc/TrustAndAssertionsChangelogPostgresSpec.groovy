package dev.portcullis.adapters.persistence.jdbc

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import spock.lang.Requires

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class TrustAndAssertionsChangelogPostgresSpec extends TrustAndAssertionsChangelogSpec implements TestPropertyProvider {

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }
}

package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The same limits on PostgreSQL, the buckets in its rate_limit_buckets table. Skipped when no test database is configured. */
@Requires({ PostgresTestDatabase.configured() })
class RateLimitPostgresFlowSpec extends RateLimitFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.postgres('flow_rate_limits', dataDir)
    }
}

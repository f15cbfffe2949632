package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The same surface on PostgreSQL. Skipped when no test database is configured. */
@Requires({ PostgresTestDatabase.configured() })
class AuthressSurfacePostgresFlowSpec extends AuthressSurfaceFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.postgres('flow_authress_surface', dataDir)
    }
}

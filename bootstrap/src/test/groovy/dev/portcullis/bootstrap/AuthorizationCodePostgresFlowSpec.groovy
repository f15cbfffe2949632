package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The authorization code flow on PostgreSQL. Skipped when no test database is configured. */
@Requires({ PostgresTestDatabase.configured() })
class AuthorizationCodePostgresFlowSpec extends AuthorizationCodeFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.postgres('flow_authorization_code', dataDir)
    }
}

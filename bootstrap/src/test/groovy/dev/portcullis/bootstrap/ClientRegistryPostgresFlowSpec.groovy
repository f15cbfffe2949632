package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The same jar on PostgreSQL, chosen by configuration alone. Skipped when no test database is configured. */
@Requires({ PostgresTestDatabase.configured() })
class ClientRegistryPostgresFlowSpec extends ClientRegistryFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.postgres('flow_client_registry', dataDir)
    }
}

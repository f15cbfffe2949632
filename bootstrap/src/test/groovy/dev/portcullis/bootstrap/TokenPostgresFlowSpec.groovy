package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.adapters.rest.http.EndpointThreads
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The same token flows on PostgreSQL, chosen by configuration alone. Skipped when no test database is configured. */
@Requires({ PostgresTestDatabase.configured() })
class TokenPostgresFlowSpec extends TokenFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.postgres('flow_tokens', dataDir)
    }

    @Override
    EndpointThreads.Mode expectedEndpointThreads() {
        EndpointThreads.Mode.WORKER_POOL
    }
}

package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import spock.lang.Requires

/** The same kill -9, on PostgreSQL with its default synchronous_commit, in a schema of the spec's own. */
@Requires({ PostgresTestDatabase.configured() })
class CrashDurabilityPostgresSpec extends CrashDurabilityH2Spec {

    /** The schema is emptied once per feature, before the first start; the restart must find what was written. */
    Map<String, String> environment

    Map<String, String> storage() {
        environment = environment ?: postgres()
    }

    Map<String, String> postgres() {
        def database = RunningServer.postgres('crash_durability', dataDir)
        [DATASOURCES_DEFAULT_URL              : database['datasources.default.url'] as String,
         DATASOURCES_DEFAULT_DRIVER_CLASS_NAME: database['datasources.default.driver-class-name'] as String,
         DATASOURCES_DEFAULT_USERNAME         : database['datasources.default.username'] as String,
         DATASOURCES_DEFAULT_PASSWORD         : database['datasources.default.password'] as String,
         DATASOURCES_DEFAULT_DIALECT          : database['datasources.default.dialect'] as String]
    }
}

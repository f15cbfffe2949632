package dev.portcullis.bootstrap

import spock.lang.Requires
import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The same jar on PostgreSQL, chosen by configuration alone. Runs when portcullis.test.postgres.url is set. */
@Requires({ System.getProperty('portcullis.test.postgres.url')?.trim() })
class ClientRegistryPostgresFlowSpec extends ClientRegistryFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        ['portcullis.data-dir'                  : dataDir.toString(),
         'datasources.default.url'              : System.getProperty('portcullis.test.postgres.url'),
         'datasources.default.username'         : System.getProperty('portcullis.test.postgres.user', 'postgres'),
         'datasources.default.password'         : System.getProperty('portcullis.test.postgres.password', ''),
         'datasources.default.dialect'          : 'POSTGRES']
    }
}

package dev.portcullis.bootstrap

import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The same token flows with portcullis.storage: memory; the features that read database tables are skipped. */
class TokenMemoryFlowSpec extends TokenFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.memory(dataDir)
    }

    @Override
    boolean storesInDatabase() {
        false
    }
}

package dev.portcullis.bootstrap

import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The embedded default: H2 in a file under the data folder, the buckets in the server's memory. */
class RateLimitH2FlowSpec extends RateLimitFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.h2(dataDir)
    }
}

package dev.portcullis.bootstrap

import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The embedded default: H2 in a file under the data folder. */
class AuthressSurfaceH2FlowSpec extends AuthressSurfaceFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.h2(dataDir)
    }
}

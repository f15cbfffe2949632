package dev.portcullis.bootstrap

import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The authorization code flow on the embedded default: H2 in a file under the data folder. */
class AuthorizationCodeH2FlowSpec extends AuthorizationCodeFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.h2(dataDir)
    }
}

package dev.portcullis.bootstrap

import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The authorization code flow on in-memory storage. */
class AuthorizationCodeMemoryFlowSpec extends AuthorizationCodeFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        RunningServer.memory(dataDir)
    }
}

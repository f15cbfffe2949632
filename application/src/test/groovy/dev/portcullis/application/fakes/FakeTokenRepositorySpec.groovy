package dev.portcullis.application.fakes

import dev.portcullis.application.port.TokenRepository
import dev.portcullis.application.port.TokenRepositoryContractSpec

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeTokenRepositorySpec extends TokenRepositoryContractSpec {

    TokenRepository emptyRepository() {
        new FakeTokenRepository()
    }
}

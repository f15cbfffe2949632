package dev.portcullis.application.fakes

import dev.portcullis.application.port.KeyRepository
import dev.portcullis.application.port.KeyRepositoryContractSpec

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeKeyRepositorySpec extends KeyRepositoryContractSpec {

    KeyRepository emptyRepository() {
        new FakeKeyRepository()
    }
}

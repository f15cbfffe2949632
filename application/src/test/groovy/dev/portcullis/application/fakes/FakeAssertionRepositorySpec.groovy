package dev.portcullis.application.fakes

import dev.portcullis.application.port.AssertionRepository
import dev.portcullis.application.port.AssertionRepositoryContractSpec

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeAssertionRepositorySpec extends AssertionRepositoryContractSpec {

    AssertionRepository emptyRepository() {
        new FakeAssertionRepository()
    }
}

package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.AssertionRepository
import dev.portcullis.application.port.AssertionRepositoryContractSpec

class InMemoryAssertionRepositorySpec extends AssertionRepositoryContractSpec {

    AssertionRepository emptyRepository() {
        new InMemoryAssertionRepository()
    }
}

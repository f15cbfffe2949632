package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.KeyRepository
import dev.portcullis.application.port.KeyRepositoryContractSpec

class InMemoryKeyRepositorySpec extends KeyRepositoryContractSpec {

    KeyRepository emptyRepository() {
        new InMemoryKeyRepository()
    }
}

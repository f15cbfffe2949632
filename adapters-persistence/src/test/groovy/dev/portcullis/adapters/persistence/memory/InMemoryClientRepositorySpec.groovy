package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.ClientRepository
import dev.portcullis.application.port.ClientRepositoryContractSpec

class InMemoryClientRepositorySpec extends ClientRepositoryContractSpec {

    ClientRepository emptyRepository() {
        new InMemoryClientRepository()
    }
}

package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.TrustRepository
import dev.portcullis.application.port.TrustRepositoryContractSpec

class InMemoryTrustRepositorySpec extends TrustRepositoryContractSpec {

    TrustRepository emptyRepository() {
        new InMemoryTrustRepository()
    }
}

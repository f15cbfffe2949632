package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.LogoutRequestRepository
import dev.portcullis.application.port.LogoutRequestRepositoryContractSpec

class InMemoryLogoutRequestRepositorySpec extends LogoutRequestRepositoryContractSpec {

    LogoutRequestRepository emptyRepository() {
        new InMemoryLogoutRequestRepository()
    }
}

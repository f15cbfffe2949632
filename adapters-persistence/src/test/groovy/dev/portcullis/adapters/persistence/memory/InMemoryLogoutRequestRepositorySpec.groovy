package dev.portcullis.adapters.persistence.memory

import dev.portcullis.adapters.persistence.LogoutRequestRepositoryContractSpec
import dev.portcullis.application.port.LogoutRequestRepository

class InMemoryLogoutRequestRepositorySpec extends LogoutRequestRepositoryContractSpec {

    LogoutRequestRepository emptyRepository() {
        new InMemoryLogoutRequestRepository()
    }
}

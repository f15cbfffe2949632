package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.LoginSessionRepository
import dev.portcullis.application.port.LoginSessionRepositoryContractSpec

class InMemoryLoginSessionRepositorySpec extends LoginSessionRepositoryContractSpec {

    LoginSessionRepository emptyRepository() {
        new InMemoryLoginSessionRepository()
    }
}

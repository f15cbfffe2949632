package dev.portcullis.adapters.persistence.memory

import dev.portcullis.adapters.persistence.LoginSessionRepositoryContractSpec
import dev.portcullis.application.port.LoginSessionRepository

class InMemoryLoginSessionRepositorySpec extends LoginSessionRepositoryContractSpec {

    LoginSessionRepository emptyRepository() {
        new InMemoryLoginSessionRepository()
    }
}

package dev.portcullis.application.fakes

import dev.portcullis.application.port.LoginSessionRepository
import dev.portcullis.application.port.LoginSessionRepositoryContractSpec

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeLoginSessionRepositorySpec extends LoginSessionRepositoryContractSpec {

    LoginSessionRepository emptyRepository() {
        new FakeLoginSessionRepository()
    }
}

package dev.portcullis.application.fakes

import dev.portcullis.application.port.ClientRepository
import dev.portcullis.application.port.ClientRepositoryContractSpec

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeClientRepositorySpec extends ClientRepositoryContractSpec {

    ClientRepository emptyRepository() {
        new FakeClientRepository()
    }
}

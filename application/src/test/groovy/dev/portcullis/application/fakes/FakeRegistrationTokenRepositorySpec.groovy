package dev.portcullis.application.fakes

import dev.portcullis.application.port.RegistrationTokenRepository
import dev.portcullis.application.port.RegistrationTokenRepositoryContractSpec
import dev.portcullis.domain.client.ClientId

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeRegistrationTokenRepositorySpec extends RegistrationTokenRepositoryContractSpec {

    RegistrationTokenRepository emptyRepository(List<ClientId> clients) {
        new FakeRegistrationTokenRepository()
    }
}

package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.RegistrationTokenRepository
import dev.portcullis.application.port.RegistrationTokenRepositoryContractSpec
import dev.portcullis.domain.client.ClientId

class InMemoryRegistrationTokenRepositorySpec extends RegistrationTokenRepositoryContractSpec {

    RegistrationTokenRepository emptyRepository(List<ClientId> clients) {
        new InMemoryRegistrationTokenRepository()
    }
}

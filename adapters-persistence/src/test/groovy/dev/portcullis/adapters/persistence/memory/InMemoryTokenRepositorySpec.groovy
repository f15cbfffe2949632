package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.TokenRepository
import dev.portcullis.application.port.TokenRepositoryContractSpec

class InMemoryTokenRepositorySpec extends TokenRepositoryContractSpec {

    TokenRepository emptyRepository() {
        new InMemoryTokenRepository()
    }
}

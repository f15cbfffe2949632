package dev.portcullis.application.fakes

import dev.portcullis.application.port.TrustRepository
import dev.portcullis.application.port.TrustRepositoryContractSpec

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeTrustRepositorySpec extends TrustRepositoryContractSpec {

    TrustRepository emptyRepository() {
        new FakeTrustRepository()
    }
}

package dev.portcullis.application.fakes

import dev.portcullis.application.port.LogoutRequestRepository
import dev.portcullis.application.port.LogoutRequestRepositoryContractSpec

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeLogoutRequestRepositorySpec extends LogoutRequestRepositoryContractSpec {

    LogoutRequestRepository emptyRepository() {
        new FakeLogoutRequestRepository()
    }
}

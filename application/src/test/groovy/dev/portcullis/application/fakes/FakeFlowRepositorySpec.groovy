package dev.portcullis.application.fakes

import dev.portcullis.application.port.FlowRepository
import dev.portcullis.application.port.FlowRepositoryContractSpec

/** The fake behaves like the real repositories, or specs over it prove nothing. */
class FakeFlowRepositorySpec extends FlowRepositoryContractSpec {

    FlowRepository emptyRepository() {
        new FakeFlowRepository()
    }
}

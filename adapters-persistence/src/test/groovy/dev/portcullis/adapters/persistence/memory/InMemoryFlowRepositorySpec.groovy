package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.port.FlowRepository
import dev.portcullis.application.port.FlowRepositoryContractSpec

class InMemoryFlowRepositorySpec extends FlowRepositoryContractSpec {

    FlowRepository emptyRepository() {
        new InMemoryFlowRepository()
    }
}

package dev.portcullis.adapters.persistence.memory

import dev.portcullis.adapters.persistence.FlowRepositoryContractSpec
import dev.portcullis.application.port.FlowRepository

class InMemoryFlowRepositorySpec extends FlowRepositoryContractSpec {

    FlowRepository emptyRepository() {
        new InMemoryFlowRepository()
    }
}

package dev.portcullis.application.fakes

import dev.portcullis.application.port.FlowRepository
import dev.portcullis.domain.authorization.AuthorizationFlow

/**
 * A {@link FlowRepository} over another that lets a spec interleave a concurrent request: the closure given to
 * {@link #beforeNextUpdate} runs once, just before the next update reaches the repository, as if another request
 * had got in between this one's read and its write.
 */
class InterleavingFlowRepository implements FlowRepository {

    @Delegate
    private final FlowRepository flows
    private Closure<?> beforeUpdate

    InterleavingFlowRepository(FlowRepository flows) {
        this.flows = flows
    }

    void beforeNextUpdate(Closure<?> interleaved) {
        beforeUpdate = interleaved
    }

    boolean update(AuthorizationFlow next) {
        def interleaved = beforeUpdate
        beforeUpdate = null
        interleaved?.call()
        flows.update(next)
    }
}

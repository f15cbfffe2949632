package dev.portcullis.application.fakes

import dev.portcullis.domain.client.Client

/**
 * A {@link FakeClientRepository} where the next update loses a race: it is refused once, as if another
 * request had changed the client between read and write, while {@code find} still returns the client.
 */
class StaleOnceClientRepository extends FakeClientRepository {

    private boolean refuseNextUpdate = true

    synchronized boolean update(Client client) {
        if (refuseNextUpdate) {
            refuseNextUpdate = false
            return false
        }
        super.update(client)
    }
}

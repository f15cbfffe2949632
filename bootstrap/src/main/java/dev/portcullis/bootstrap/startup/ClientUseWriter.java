package dev.portcullis.bootstrap.startup;

import dev.portcullis.application.token.ClientUses;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the clients' last use every {@code portcullis.clients.last-used-interval}, and once more when the server
 * shuts down, while storage is still open.
 */
@Singleton
final class ClientUseWriter implements ApplicationEventListener<ShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ClientUseWriter.class);

    private final ClientUses uses;

    ClientUseWriter(ClientUses uses) {
        this.uses = uses;
    }

    @Scheduled(fixedDelay = "${portcullis.clients.last-used-interval:60s}",
            initialDelay = "${portcullis.clients.last-used-interval:60s}")
    void write() {
        try {
            uses.flush();
        } catch (RuntimeException e) {
            // Kept for the next round; one line, not a stack trace, every interval the database is away.
            LOG.warn("Could not write the last use of {} client(s), will retry: {}", uses.pendingCount(), e.toString());
        }
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        write();
    }
}

package dev.portcullis.adapters.rest.http;

import dev.portcullis.application.token.ClientCredentials;
import dev.portcullis.application.token.CredentialCostUseCase;
import dev.portcullis.domain.client.AuthMethod;
import io.micronaut.core.propagation.PropagatedContext;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Where the token, introspection and revocation endpoints run their use cases. Each of those requests reads
 * or writes storage. With an embedded database that work is all CPU, and running it on the event loop that
 * read the request saves two thread hand-offs per request, which on one core is most of the difference
 * between 4,000 and 6,000 tokens a second. With a database across the network the event loop would wait
 * through every round trip, so the work goes to the blocking worker pool instead.
 */
public final class EndpointThreads {

    /** The two places the work can run. */
    public enum Mode {
        EVENT_LOOP, WORKER_POOL;

        /** The configuration name: {@code event-loop} or {@code worker-pool}. */
        public String configName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The mode with this configuration name. */
        public static Mode ofConfigName(String name) {
            for (Mode mode : values()) {
                if (mode.configName().equals(name)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("expected event-loop or worker-pool, not " + name);
        }
    }

    private final Mode mode;
    private final Executor workers;
    private final CredentialCostUseCase costs;

    /** @param costs which client credentials need a slow hash: those requests go to the workers in either mode */
    public EndpointThreads(Mode mode, Executor workers, CredentialCostUseCase costs) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.costs = Objects.requireNonNull(costs, "costs");
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Runs {@code work} where the mode says. On the event loop it runs now and its exceptions are thrown here;
     * on the worker pool they complete the future exceptionally, and the HTTP layer reports either alike.
     */
    public <T> CompletableFuture<T> run(Supplier<T> work) {
        if (mode == Mode.EVENT_LOOP) {
            return CompletableFuture.completedFuture(work.get());
        }
        return onWorkers(work);
    }

    /**
     * Runs {@code work} for a client that presented {@code credentials}: like {@link #run}, except that what may be
     * slow never runs on the event loop, where it would hold up every other connection: a slow secret hash (a chosen
     * secret not verified lately, right or wrong), and a client assertion, whose keys may have to be fetched from the
     * client's {@code jwks_uri}.
     */
    public <T> CompletableFuture<T> runFor(Optional<ClientCredentials> credentials, Supplier<T> work) {
        boolean slow = credentials.filter(presented -> presented.method() == AuthMethod.PRIVATE_KEY_JWT
                || costs.needsSlowHash(presented)).isPresent();
        if (mode == Mode.EVENT_LOOP && !slow) {
            return CompletableFuture.completedFuture(work.get());
        }
        return onWorkers(work);
    }

    private <T> CompletableFuture<T> onWorkers(Supplier<T> work) {
        return CompletableFuture.supplyAsync(PropagatedContext.getOrEmpty().wrap(work), workers);
    }
}

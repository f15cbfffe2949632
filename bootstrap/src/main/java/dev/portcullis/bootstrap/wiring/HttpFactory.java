package dev.portcullis.bootstrap.wiring;

import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.http.Issuer;
import dev.portcullis.application.token.CredentialCostUseCase;
import dev.portcullis.application.token.TokenSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.concurrent.ExecutorService;

/** How the HTTP adapter runs the work of the OAuth endpoints. */
@Factory
final class HttpFactory {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFactory.class);

    /**
     * {@code portcullis.http.endpoint-threads}: {@code event-loop}, {@code worker-pool}, or {@code auto} (the
     * default), which picks the event loop when storage lives in this process (the memory adapter or an
     * embedded H2 database) and the worker pool when it is a database server.
     */
    @Singleton
    EndpointThreads endpointThreads(@Named(TaskExecutors.BLOCKING) ExecutorService workers,
                                    @Value("${portcullis.http.endpoint-threads:auto}") String configured,
                                    @Value("${portcullis.storage:jdbc}") String storage,
                                    @Value("${datasources.default.url:}") String url,
                                    CredentialCostUseCase costs) {
        EndpointThreads.Mode mode = modeFor(configured, storage, url);
        LOG.info("OAuth endpoints run their work on the {} (portcullis.http.endpoint-threads: {})", mode.configName(), configured);
        return new EndpointThreads(mode, workers, costs);
    }

    /** The issuer as the HTTP adapter builds URLs and cookies with it. */
    @Singleton
    Issuer issuer(TokenSettings tokens) {
        return new Issuer(tokens.issuerValue());
    }

    static EndpointThreads.Mode modeFor(String configured, String storage, String url) {
        if (!"auto".equals(configured)) {
            try {
                return EndpointThreads.Mode.ofConfigName(configured);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("portcullis.http.endpoint-threads: expected auto, event-loop or worker-pool, not '"
                        + configured + "'");
            }
        }
        return "memory".equals(storage) || isEmbeddedH2(url) ? EndpointThreads.Mode.EVENT_LOOP : EndpointThreads.Mode.WORKER_POOL;
    }

    /** An H2 URL opens the database inside this JVM unless it names a server ({@code tcp:} or {@code ssl:}). */
    private static boolean isEmbeddedH2(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }
}

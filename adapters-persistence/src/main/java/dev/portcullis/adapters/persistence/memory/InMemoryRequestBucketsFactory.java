package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.RequestBuckets;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Rate limit buckets in memory for memory storage and for H2: an embedded database has one server, so there is no
 * other to share them with. PostgreSQL keeps them in the database instead.
 */
@Factory
final class InMemoryRequestBucketsFactory {

    @Singleton
    @MemoryStorage
    RequestBuckets memoryStorageBuckets(Clock clock) {
        return new InMemoryRequestBuckets(clock);
    }

    @Singleton
    @JdbcStorage
    @Requires(property = "datasources.default.dialect", value = "H2")
    RequestBuckets h2Buckets(Clock clock) {
        return new InMemoryRequestBuckets(clock);
    }
}

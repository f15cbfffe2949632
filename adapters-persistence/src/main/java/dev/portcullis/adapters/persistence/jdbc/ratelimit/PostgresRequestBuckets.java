package dev.portcullis.adapters.persistence.jdbc.ratelimit;

import dev.portcullis.adapters.persistence.BucketClock;
import dev.portcullis.adapters.persistence.OnPostgres;
import dev.portcullis.application.port.RateLimit;
import dev.portcullis.application.port.RequestBuckets;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Buckets in the {@code rate_limit_buckets} table, through Bucket4j's PostgreSQL proxy manager: each request is one
 * short transaction that locks the bucket's row ({@code SELECT … FOR UPDATE}), so a limit holds across every
 * server on the database; requests on one bucket take their turns on that lock. A row expires a little after its
 * bucket would be full again, and every so often a request deletes a batch of expired rows in the background.
 *
 * <p>The database is asked on a small pool of this adapter's own and waited for at most {@link #WAIT}: when it is
 * slow or unreachable, the request is let through (fails open) rather than held up, and a warning is logged once.
 */
@Singleton
@OnPostgres
public final class PostgresRequestBuckets implements RequestBuckets {

    /** The longest a request waits for its bucket before it is let through uncounted. */
    public static final Duration WAIT = Duration.ofMillis(500);

    static final String TABLE = "rate_limit_buckets";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresRequestBuckets.class);
    private static final int THREADS = 8;
    private static final int QUEUED = 512;
    private static final long CLEAN_EVERY = 1024;
    private static final int CLEAN_BATCH = 1000;
    /** Proxies kept for the rows in use; beyond this many, they are dropped and made again as needed. */
    private static final int MAX_PROXIES = 10_000;
    /** A row outlives its full bucket a little, so that a bucket refilling while it is read is never dropped. */
    private static final Duration KEEP_FULL = Duration.ofSeconds(10);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ThreadPoolExecutor database;
    private final Duration wait;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final ConcurrentHashMap<String, BucketProxy> proxies = new ConcurrentHashMap<>();

    @Inject
    PostgresRequestBuckets(DataSource dataSource, Clock clock) {
        // The injected data source only lends the connection of a surrounding transaction; ask the pool itself.
        this(DelegatingDataSource.unwrapDataSource(dataSource), clock, WAIT);
    }

    /** Buckets on {@code dataSource}, whose callers wait at most {@code wait} for an answer. */
    PostgresRequestBuckets(DataSource dataSource, Clock clock, Duration wait) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL))
                .clientClock(BucketClock.of(clock))
                .build();
        this.wait = wait;
        this.database = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUED), runnable -> {
            Thread thread = new Thread(runnable, "rate-limit-buckets");
            thread.setDaemon(true);
            return thread;
        });
        this.database.allowCoreThreadTimeOut(true);
    }

    @Override
    public Optional<Duration> consume(String key, RateLimit limit) {
        if (requests.incrementAndGet() % CLEAN_EVERY == 0) {
            cleanInTheBackground();
        }
        return ask(() -> {
            ConsumptionProbe probe = onBucket(key, limit, bucket -> bucket.tryConsumeAndReturnRemaining(1));
            return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
        });
    }

    @Override
    public Optional<Duration> waitFor(String key, RateLimit limit) {
        return ask(() -> {
            EstimationProbe probe = onBucket(key, limit, bucket -> bucket.estimateAbilityToConsume(1));
            return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
        });
    }

    /**
     * {@code call} on the key's bucket. Bucket4j creates a missing bucket only for a request sent on its own: a batch
     * that finds the row missing (or inserted by another request and not yet written) fails as a whole. Such a
     * request is sent again on its own, which creates the bucket, and is counted like any other.
     */
    private <T> T onBucket(String key, RateLimit limit, Function<BucketProxy, T> call) {
        try {
            return call.apply(bucket(key, limit));
        } catch (RuntimeException e) {
            if (!bucketNotFound(e)) {
                throw e;
            }
            return call.apply(buckets.builder().build(rowId(key, limit), () -> configuration(limit)));
        }
    }

    private static boolean bucketNotFound(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /**
     * One proxy per row, kept while the row is in use: with Bucket4j's batching, requests on one bucket that arrive
     * while another's transaction is under way are sent together in the next one, instead of each taking its turn on
     * the row lock, and each is still counted on its own. A busy client costs the database about one transaction per
     * round trip rather than one per request.
     */
    private BucketProxy bucket(String key, RateLimit limit) {
        String row = rowId(key, limit);
        BucketProxy known = proxies.get(row);
        if (known != null) {
            return known;
        }
        if (proxies.size() >= MAX_PROXIES) {
            proxies.clear();
        }
        return proxies.computeIfAbsent(row, id ->
                buckets.builder().withOptimization(Optimizations.batching()).build(id, () -> configuration(limit)));
    }

    /** Runs {@code nanosToWait} on the adapter's pool, waiting at most {@link #wait}; 0 nanoseconds is no wait. */
    private Optional<Duration> ask(Callable<Long> nanosToWait) {
        Future<Long> answer;
        try {
            answer = database.submit(nanosToWait);
        } catch (RejectedExecutionException e) {
            return failOpen("too many requests wait for the database already", e);
        }
        try {
            long nanos = answer.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            if (failing.compareAndSet(true, false)) {
                LOG.info("rate limits are counted in the database again");
            }
            return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return failOpen("the database did not answer within " + wait.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            return failOpen("the database failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            return Optional.empty();
        }
    }

    /**
     * The row of a key's bucket under one limit. A stored bucket keeps the configuration it was created with, so a
     * changed limit gets rows of its own, and the old ones expire.
     */
    static String rowId(String key, RateLimit limit) {
        return key + "@" + limit.requests() + "/" + limit.period().toMillis() + "ms";
    }

    private static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }

    private Optional<Duration> failOpen(String why, Throwable cause) {
        if (failing.compareAndSet(false, true)) {
            LOG.warn("rate limits are not enforced while {}: requests are let through uncounted", why, cause);
        }
        return Optional.empty();
    }

    private void cleanInTheBackground() {
        try {
            database.execute(() -> {
                try {
                    buckets.removeExpired(CLEAN_BATCH);
                } catch (RuntimeException e) {
                    LOG.debug("expired rate limit buckets were not deleted this time", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("the database is busy: expired rate limit buckets are deleted later");
        }
    }

    @PreDestroy
    void close() {
        database.shutdownNow();
    }
}

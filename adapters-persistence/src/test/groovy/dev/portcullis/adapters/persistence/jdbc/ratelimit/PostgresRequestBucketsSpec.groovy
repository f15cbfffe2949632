package dev.portcullis.adapters.persistence.jdbc.ratelimit

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.port.RateLimit
import dev.portcullis.application.port.RequestBuckets
import dev.portcullis.application.port.RequestBucketsContractSpec
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource
import java.sql.Connection
import java.sql.SQLException
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/** The buckets in PostgreSQL, the table made by the changelog. Runs when a test database is configured. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class PostgresRequestBucketsSpec extends RequestBucketsContractSpec implements TestPropertyProvider {

    static final RateLimit ONE_A_MINUTE = new RateLimit(1, Duration.ofMinutes(1))

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    RequestBuckets emptyBuckets(MutableClock clock) {
        pool().connection.withCloseable { it.createStatement().withCloseable { it.executeUpdate('DELETE FROM rate_limit_buckets') } }
        // A generous wait: the machine running the specs may be busy, and a missed answer would be a pass.
        new PostgresRequestBuckets(pool(), clock, Duration.ofSeconds(10))
    }

    DataSource pool() {
        DelegatingDataSource.unwrapDataSource(dataSource)
    }

    def "two servers on one database share a bucket"() {
        given:
        def other = new PostgresRequestBuckets(pool(), clock, Duration.ofSeconds(10))
        def limit = new RateLimit(4, Duration.ofMinutes(1))

        expect:
        buckets.consume('shared', limit).empty
        other.consume('shared', limit).empty
        buckets.consume('shared', limit).empty
        other.consume('shared', limit).empty
        other.consume('shared', limit).present
        buckets.consume('shared', limit).present
    }

    def "concurrent first requests on a bucket that has no row yet are all counted, none let through"() {
        given: 'many fresh buckets, each taken by more requests at once than it holds'
        def limit = new RateLimit(3, Duration.ofHours(1))
        def pool = Executors.newFixedThreadPool(8)

        when:
        def refusedPerBucket = (1..25).collect { round ->
            def start = new CountDownLatch(1)
            def results = (1..8).collect { pool.submit({ -> start.await(); buckets.consume("fresh-$round", limit) } as Callable<Optional<Duration>>) }
            start.countDown()
            results.count { it.get().present }
        }

        then: 'a batch of requests that found no bucket once failed and was let through uncounted'
        refusedPerBucket.every { it == 5 }

        cleanup:
        pool.shutdownNow()
    }

    def "a bucket is a row named by its key and limit, which expires a little after the bucket is full again"() {
        when: 'one of two requests a minute taken: full again in 30 seconds'
        def before = Instant.now()
        buckets.consume('row-key', new RateLimit(2, Duration.ofMinutes(1)))
        def after = Instant.now()
        def rows = rows("SELECT id, expires_at FROM rate_limit_buckets")

        then: "Bucket4j dates the row by the database host's wall clock: 30 seconds from the request, and 10 more"
        rows*.id == ['row-key@2/60000ms']
        def expiresAt = Instant.ofEpochMilli(rows[0].expires_at as long)
        expiresAt >= before + Duration.ofSeconds(39)
        expiresAt <= after + Duration.ofSeconds(41)
    }

    def "when the database does not answer within the wait, the request is let through uncounted"() {
        given:
        def never = new CountDownLatch(1)
        def hanging = new PostgresRequestBuckets(dataSource { never.await(); throw new SQLException('gave up') },
                Clock.systemUTC(), Duration.ofMillis(200))

        expect:
        (1..3).every { hanging.consume('hanging', ONE_A_MINUTE).empty }
        hanging.waitFor('hanging', ONE_A_MINUTE).empty

        cleanup:
        never.countDown()
    }

    def "when the database fails, the request is let through uncounted"() {
        given:
        def failing = new PostgresRequestBuckets(dataSource { throw new SQLException('connection refused') },
                Clock.systemUTC(), Duration.ofSeconds(10))

        expect:
        (1..3).every { failing.consume('failing', ONE_A_MINUTE).empty }
        failing.waitFor('failing', ONE_A_MINUTE).empty
    }

    /** A data source whose every connection is {@code connect}'s. */
    static DataSource dataSource(Closure<Connection> connect) {
        [getConnection: { Object[] args -> connect() }] as DataSource
    }

    List<Map<String, Object>> rows(String sql) {
        pool().connection.withCloseable { connection ->
            connection.createStatement().withCloseable { statement ->
                statement.executeQuery(sql).withCloseable { result ->
                    def found = []
                    while (result.next()) {
                        found << [id: result.getString('id'), expires_at: result.getLong('expires_at')]
                    }
                    found
                }
            }
        }
    }
}

package dev.portcullis.adapters.persistence.jdbc

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import jakarta.inject.Inject
import spock.lang.Specification

import javax.sql.DataSource
import java.sql.Connection
import java.sql.SQLException

/**
 * What changeset 0005 leaves in the database, whatever writes to it: the named keys and indexes, and a uniqueness
 * of issuer, subject and key id that the database itself enforces. Subclassed per database.
 */
abstract class TrustAndAssertionsChangelogSpec extends Specification {

    @Inject
    DataSource dataSource

    def setup() {
        JdbcTables.clear(dataSource)
    }

    <T> T withConnection(Closure<T> work) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { Connection c -> work(c) }
    }

    Set<String> constraints(String table) {
        withConnection { Connection c ->
            c.prepareStatement('SELECT constraint_name FROM information_schema.table_constraints WHERE LOWER(table_name) = ?')
                    .withCloseable { statement ->
                        statement.setString(1, table)
                        statement.executeQuery().withCloseable { rows ->
                            def names = [] as Set<String>
                            while (rows.next()) {
                                names << rows.getString(1).toLowerCase()
                            }
                            names
                        }
                    }
        }
    }

    Set<String> indexes(String table) {
        withConnection { Connection c ->
            def names = [] as Set<String>
            [table, table.toUpperCase()].each { spelled ->
                c.metaData.getIndexInfo(null, null, spelled, false, false).withCloseable { rows ->
                    while (rows.next()) {
                        rows.getString('INDEX_NAME')?.with { names << it.toLowerCase() }
                    }
                }
            }
            names
        }
    }

    Map<String, Boolean> nullable(String table) {
        withConnection { Connection c ->
            def columns = [:] as Map<String, Boolean>
            [table, table.toUpperCase()].each { spelled ->
                c.metaData.getColumns(null, null, spelled, null).withCloseable { rows ->
                    while (rows.next()) {
                        columns[rows.getString('COLUMN_NAME').toLowerCase()] = rows.getString('IS_NULLABLE') == 'YES'
                    }
                }
            }
            columns
        }
    }

    void insertTrust(String id, String subject, String hash) {
        withConnection { Connection c ->
            c.prepareStatement('''INSERT INTO trust_relationships (id, issuer, issuer_hash, subject, key_id,
                    issuer_subject_kid_hash, scope, public_key, expires_at, created_at)
                    VALUES (?, 'https://issuer.example.com', 'issuer', ?, 'key-1', ?, '', '{}', 2, 1)''').withCloseable { insert ->
                insert.setString(1, id)
                insert.setString(2, subject)
                insert.setString(3, hash)
                insert.executeUpdate()
            }
        }
    }

    def "the changeset names its keys, its unique constraint and its indexes"() {
        expect:
        constraints('trust_relationships').containsAll(['pk_trust_relationships', 'uq_trust_relationships_issuer_subject_kid'])
        constraints('used_assertions').contains('pk_used_assertions')
        indexes('trust_relationships').contains('ix_trust_relationships_issuer_hash')
        indexes('used_assertions').contains('ix_used_assertions_expires_at')
    }

    def "only the subject of a trust relationship may be NULL, and no column of a used assertion"() {
        expect:
        nullable('trust_relationships') == [id: false, issuer: false, issuer_hash: false, subject: true, key_id: false,
                                            issuer_subject_kid_hash: false, scope: false, public_key: false,
                                            expires_at: false, created_at: false]
        nullable('used_assertions') == [issuer_jti_hash: false, expires_at: false]
    }

    def "the database refuses a second relationship of one issuer, subject or none, and key id"() {
        given:
        insertTrust('00000000-0000-4000-8000-000000000001', null, 'same')

        when:
        insertTrust('00000000-0000-4000-8000-000000000002', null, 'same')

        then:
        def e = thrown(SQLException)
        e.SQLState == '23505'
    }

    def "the database refuses to record one assertion twice"() {
        given:
        def record = {
            withConnection { Connection c ->
                c.createStatement().withCloseable { it.executeUpdate("INSERT INTO used_assertions VALUES ('same', 1)") }
            }
        }
        record()

        when:
        record()

        then:
        def e = thrown(SQLException)
        e.SQLState == '23505'
    }

    def "the changeset is recorded as applied"() {
        expect:
        withConnection { Connection c ->
            c.createStatement().withCloseable {
                it.executeQuery("SELECT COUNT(*) FROM databasechangelog WHERE id = '0005-trust-and-assertions'").withCloseable { rows ->
                    rows.next()
                    rows.getInt(1)
                }
            }
        } == 1
    }
}

package dev.portcullis.adapters.persistence.jdbc.client

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource

import javax.sql.DataSource

/** Empties the tables between features, so that every feature starts from nothing. */
class JdbcTables {

    static void clear(DataSource dataSource) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            c.createStatement().withCloseable { statement ->
                ['registration_tokens', 'clients', 'tokens', 'signing_keys', 'flows', 'login_sessions', 'logout_requests', 'trust_relationships',
                 'used_assertions'].each {
                    statement.executeUpdate("DELETE FROM $it")
                }
            }
        }
    }
}

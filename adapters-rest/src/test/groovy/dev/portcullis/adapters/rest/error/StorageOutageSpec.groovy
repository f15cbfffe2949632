package dev.portcullis.adapters.rest.error

import spock.lang.Specification

import java.sql.SQLException
import java.sql.SQLNonTransientConnectionException
import java.sql.SQLSyntaxErrorException
import java.sql.SQLTransientConnectionException

class StorageOutageSpec extends Specification {

    def "#failure.class.simpleName (SQLState #failure.SQLState) says the database is unreachable: #unreachable"() {
        expect:
        StorageOutage.unreachable(failure) == unreachable

        where:
        failure                                                           || unreachable
        new SQLTransientConnectionException('pool timed out')             || true
        new SQLNonTransientConnectionException('refused')                 || true
        new SQLException('connection failure', '08006')                   || true
        new SQLException('the server is shutting down', '57P01')          || true
        new SQLSyntaxErrorException('bad SQL', '42601')                   || false
        new SQLException('unique violation', '23505')                     || false
    }

    def "the SQL failure behind a wrapped one is found, the unreachable one first"() {
        given:
        def lost = new SQLTransientConnectionException('lost')
        def plain = new SQLException('Connection is closed')

        expect:
        StorageOutage.sqlCauseOf(new RuntimeException(new IllegalStateException(lost))).get().is(lost)
        StorageOutage.sqlCauseOf(new RuntimeException(plain)).get().is(plain)
        StorageOutage.sqlCauseOf(new RuntimeException('no SQL here')).empty
    }
}

package dev.portcullis.adapters.persistence.jdbc.client

import io.micronaut.json.JsonMapper
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class StoredClientDocumentsH2Spec extends StoredClientDocumentsSpec {

    @Inject
    JdbcClientRepository repository

    @Inject
    DataSource dataSource

    @Inject
    JsonMapper json
}

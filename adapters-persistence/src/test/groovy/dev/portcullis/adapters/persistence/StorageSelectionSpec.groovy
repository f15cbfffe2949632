package dev.portcullis.adapters.persistence

import dev.portcullis.adapters.persistence.jdbc.assertion.JdbcAssertionRepository
import dev.portcullis.adapters.persistence.jdbc.client.JdbcClientRepository
import dev.portcullis.adapters.persistence.jdbc.flow.JdbcFlowRepository
import dev.portcullis.adapters.persistence.jdbc.health.JdbcStorageHealth
import dev.portcullis.adapters.persistence.jdbc.key.JdbcKeyRepository
import dev.portcullis.adapters.persistence.jdbc.logout.JdbcLogoutRequestRepository
import dev.portcullis.adapters.persistence.jdbc.registration.JdbcRegistrationTokenRepository
import dev.portcullis.adapters.persistence.jdbc.session.JdbcLoginSessionRepository
import dev.portcullis.adapters.persistence.jdbc.token.JdbcTokenRepository
import dev.portcullis.adapters.persistence.jdbc.trust.JdbcTrustRepository
import dev.portcullis.adapters.persistence.memory.InMemoryAssertionRepository
import dev.portcullis.adapters.persistence.memory.InMemoryClientRepository
import dev.portcullis.adapters.persistence.memory.InMemoryFlowRepository
import dev.portcullis.adapters.persistence.memory.InMemoryKeyRepository
import dev.portcullis.adapters.persistence.memory.InMemoryLoginSessionRepository
import dev.portcullis.adapters.persistence.memory.InMemoryLogoutRequestRepository
import dev.portcullis.adapters.persistence.memory.InMemoryRegistrationTokenRepository
import dev.portcullis.adapters.persistence.memory.InMemoryStorageHealth
import dev.portcullis.adapters.persistence.memory.InMemoryTokenRepository
import dev.portcullis.adapters.persistence.memory.InMemoryTrustRepository
import dev.portcullis.application.port.AssertionRepository
import dev.portcullis.application.port.ClientRepository
import dev.portcullis.application.port.FlowRepository
import dev.portcullis.application.port.KeyRepository
import dev.portcullis.application.port.LoginSessionRepository
import dev.portcullis.application.port.LogoutRequestRepository
import dev.portcullis.application.port.RegistrationTokenRepository
import dev.portcullis.application.port.StorageHealth
import dev.portcullis.application.port.TokenRepository
import dev.portcullis.application.port.TrustRepository
import io.micronaut.context.ApplicationContext
import spock.lang.Specification

import javax.sql.DataSource

/** Configuration alone chooses the storage adapter. */
class StorageSelectionSpec extends Specification {

    def "portcullis.storage #storage gives #repository.simpleName and its siblings"() {
        given:
        def context = ApplicationContext.run(properties, 'test')

        expect:
        repository.isInstance(context.getBean(ClientRepository))
        tokens.isInstance(context.getBean(TokenRepository))
        keys.isInstance(context.getBean(KeyRepository))
        health.isInstance(context.getBean(StorageHealth))
        context.getBean(StorageHealth).problem().isEmpty()
        context.containsBean(DataSource) == dataSource

        cleanup:
        context?.close()

        where:
        storage  | properties                                                               || repository               | tokens                  | keys                  | health                | dataSource
        'jdbc'   | [:]                                                                      || JdbcClientRepository     | JdbcTokenRepository     | JdbcKeyRepository     | JdbcStorageHealth     | true
        'memory' | ['portcullis.storage': 'memory', 'datasources.default.enabled': 'false'] || InMemoryClientRepository | InMemoryTokenRepository | InMemoryKeyRepository | InMemoryStorageHealth | false
    }

    def "portcullis.storage #storage gives #flows.simpleName for login and consent"() {
        given:
        def context = ApplicationContext.run(properties, 'test')

        expect:
        flows.isInstance(context.getBean(FlowRepository))
        sessions.isInstance(context.getBean(LoginSessionRepository))
        logouts.isInstance(context.getBean(LogoutRequestRepository))

        cleanup:
        context?.close()

        where:
        storage  | properties                                                               || flows                  | sessions                       | logouts
        'jdbc'   | [:]                                                                      || JdbcFlowRepository     | JdbcLoginSessionRepository     | JdbcLogoutRequestRepository
        'memory' | ['portcullis.storage': 'memory', 'datasources.default.enabled': 'false'] || InMemoryFlowRepository | InMemoryLoginSessionRepository | InMemoryLogoutRequestRepository
    }

    def "portcullis.storage #storage gives #trusts.simpleName and #assertions.simpleName for the jwt-bearer grant"() {
        given:
        def context = ApplicationContext.run(properties, 'test')

        expect:
        trusts.isInstance(context.getBean(TrustRepository))
        assertions.isInstance(context.getBean(AssertionRepository))

        cleanup:
        context?.close()

        where:
        storage  | properties                                                               || trusts                  | assertions
        'jdbc'   | [:]                                                                      || JdbcTrustRepository     | JdbcAssertionRepository
        'memory' | ['portcullis.storage': 'memory', 'datasources.default.enabled': 'false'] || InMemoryTrustRepository | InMemoryAssertionRepository
    }

    def "portcullis.storage #storage gives #registrations.simpleName for registration access tokens"() {
        given:
        def context = ApplicationContext.run(properties, 'test')

        expect:
        registrations.isInstance(context.getBean(RegistrationTokenRepository))

        cleanup:
        context?.close()

        where:
        storage  | properties                                                               || registrations
        'jdbc'   | [:]                                                                      || JdbcRegistrationTokenRepository
        'memory' | ['portcullis.storage': 'memory', 'datasources.default.enabled': 'false'] || InMemoryRegistrationTokenRepository
    }
}

package dev.portcullis.architecture

import static dev.portcullis.architecture.ArchitectureRules.*

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.core.importer.Location
import dev.portcullis.adapters.crypto.archfixture.CryptoPrintingToStdout
import dev.portcullis.adapters.crypto.archfixture.CryptoUsingAGrantHandler
import dev.portcullis.adapters.crypto.archfixture.CryptoUsingAService
import dev.portcullis.adapters.crypto.archfixture.CryptoWithAPropertyParameter
import dev.portcullis.adapters.crypto.archfixture.CryptoWithAValueField
import dev.portcullis.adapters.crypto.archfixture.cycle.first.CryptoCycleFirst
import dev.portcullis.adapters.persistence.archfixture.ControllerOutsideRest
import dev.portcullis.adapters.persistence.archfixture.EntityOutsideJdbcRow
import dev.portcullis.adapters.persistence.archfixture.PersistenceCallingAUseCase
import dev.portcullis.adapters.persistence.archfixture.PersistenceImplementingAPort
import dev.portcullis.adapters.persistence.archfixture.PersistenceProperties
import dev.portcullis.adapters.persistence.archfixture.PersistenceUsingApplicationInternals
import dev.portcullis.adapters.persistence.archfixture.PersistenceUsingJul
import dev.portcullis.adapters.persistence.archfixture.RepositoryLeakingRow
import dev.portcullis.adapters.persistence.archfixture.cycle.first.PersistenceCycleFirst
import dev.portcullis.adapters.persistence.jdbc.archfixture.ClientEntity
import dev.portcullis.adapters.persistence.jdbc.archfixture.TokenRow
import dev.portcullis.adapters.rest.archfixture.RestBindingAValue
import dev.portcullis.adapters.rest.archfixture.RestBindingThroughAnAnnotation
import dev.portcullis.adapters.rest.archfixture.RestCallingAService
import dev.portcullis.adapters.rest.archfixture.RestThrowingException
import dev.portcullis.adapters.rest.archfixture.RestUsingAGrantHandler
import dev.portcullis.adapters.rest.archfixture.RestUsingAPort
import dev.portcullis.adapters.rest.archfixture.RestUsingAUseCase
import dev.portcullis.adapters.rest.archfixture.RestUsingBootstrap
import dev.portcullis.adapters.rest.archfixture.RestUsingPersistence
import dev.portcullis.adapters.rest.archfixture.TokenController
import dev.portcullis.adapters.rest.archfixture.TokenEndpoint
import dev.portcullis.adapters.rest.archfixture.cycle.first.RestCycleFirst
import dev.portcullis.adapters.rest.compat.alpha.archfixture.AlphaUsingBeta
import dev.portcullis.adapters.rest.archfixture.RestUsingACompatSurface
import dev.portcullis.application.archfixture.ApplicationCallingRandomUuid
import dev.portcullis.application.archfixture.ApplicationCreatingSecureRandom
import dev.portcullis.application.archfixture.ApplicationReadingInstantNow
import dev.portcullis.application.archfixture.ApplicationUsingAnAdapter
import dev.portcullis.application.archfixture.ApplicationUsingJackson
import dev.portcullis.application.archfixture.ApplicationUsingJakarta
import dev.portcullis.application.archfixture.ApplicationUsingJdbc
import dev.portcullis.application.archfixture.ApplicationUsingSlf4j
import dev.portcullis.application.archfixture.ApplicationUsingTheClockPort
import dev.portcullis.application.archfixture.FixtureMapUseCase
import dev.portcullis.application.archfixture.FixtureTypedMapUseCase
import dev.portcullis.application.archfixture.FixtureWildcardMapUseCase
import dev.portcullis.application.archfixture.IssueFixtureUseCase
import dev.portcullis.application.archfixture.cycle.first.ApplicationCycleFirst
import dev.portcullis.application.grant.archfixture.ClientCredentialsGrantHandler
import dev.portcullis.application.grant.archfixture.MisnamedHandler
import dev.portcullis.application.port.archfixture.FixtureClaimsRepository
import dev.portcullis.application.port.archfixture.FixturePage
import dev.portcullis.application.port.archfixture.FixtureRepository
import dev.portcullis.application.port.archfixture.PortAsClass
import dev.portcullis.bootstrap.archfixture.BootstrapCycleFirst
import dev.portcullis.bootstrap.archfixture.BootstrapPrintingToStderr
import dev.portcullis.bootstrap.archfixture.FactoryUsingRows
import dev.portcullis.bootstrap.archfixture.FixtureBoundProperties
import dev.portcullis.bootstrap.archfixture.FieldInjectedFactory
import dev.portcullis.domain.archfixture.DomainCreatingRandom
import dev.portcullis.domain.archfixture.DomainReadingCurrentTimeMillis
import dev.portcullis.domain.archfixture.DomainThrowingRuntimeException
import dev.portcullis.domain.archfixture.DomainUsingApplication
import dev.portcullis.domain.archfixture.DomainUsingMicronaut
import dev.portcullis.domain.archfixture.DomainUsingNimbus
import dev.portcullis.domain.archfixture.FixtureException
import dev.portcullis.domain.archfixture.cycle.first.DomainCycleFirst
import spock.lang.Specification

/**
 * Proves that every rule of {@link ArchitectureRules} fails on a deliberate violation, so that a rule
 * passing in {@link ArchitectureSpec} means something. The fixtures are the Java classes under
 * {@code src/test/java/dev/portcullis/**&#47;archfixture}, in packages that match the rules' patterns.
 */
class ArchitectureRulesCatchViolationsSpec extends Specification {

    // Only the fixtures: every class file whose location lies under an archfixture package.
    static final JavaClasses FIXTURES = new ClassFileImporter()
            .withImportOption({ Location location -> location.contains('/archfixture/') } as ImportOption)
            .importPackages('dev.portcullis')

    def "the fixture import holds only the fixtures"() {
        expect:
        !FIXTURES.empty
        FIXTURES.every { it.packageName.contains('.archfixture') }
    }

    def "#name catches #fixture.simpleName"() {
        when:
        def result = rule.evaluate(FIXTURES)

        then:
        result.hasViolation()
        result.failureReport.details.any { it.contains(fixture.name) }

        where:
        name                                                             | rule                                                   | fixture
        'DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN'                          | DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN                  | DomainUsingMicronaut
        'DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN'                          | DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN                  | DomainUsingNimbus
        'DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN'                          | DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN                  | DomainUsingApplication
        'APPLICATION_DEPENDS_ONLY_ON_JDK_DOMAIN_AND_APPLICATION'         | APPLICATION_DEPENDS_ONLY_ON_JDK_DOMAIN_AND_APPLICATION | ApplicationUsingJackson
        'APPLICATION_DEPENDS_ONLY_ON_JDK_DOMAIN_AND_APPLICATION'         | APPLICATION_DEPENDS_ONLY_ON_JDK_DOMAIN_AND_APPLICATION | ApplicationUsingAnAdapter
        'CORE_DOES_NOT_USE_MICRONAUT'                                    | CORE_DOES_NOT_USE_MICRONAUT                            | DomainUsingMicronaut
        'CORE_DOES_NOT_USE_JAKARTA'                                      | CORE_DOES_NOT_USE_JAKARTA                              | ApplicationUsingJakarta
        'CORE_DOES_NOT_USE_JDBC'                                         | CORE_DOES_NOT_USE_JDBC                                 | ApplicationUsingJdbc
        'CORE_DOES_NOT_USE_JACKSON'                                      | CORE_DOES_NOT_USE_JACKSON                              | ApplicationUsingJackson
        'CORE_DOES_NOT_USE_NIMBUS'                                       | CORE_DOES_NOT_USE_NIMBUS                               | DomainUsingNimbus
        'CORE_DOES_NOT_USE_A_LOGGING_FRAMEWORK'                          | CORE_DOES_NOT_USE_A_LOGGING_FRAMEWORK                  | ApplicationUsingSlf4j
        'ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER'                           | ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER                   | RestUsingPersistence
        'ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP'                            | ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP                    | RestUsingBootstrap
        'COMPAT_SURFACES_DO_NOT_DEPEND_ON_EACH_OTHER'                    | COMPAT_SURFACES_DO_NOT_DEPEND_ON_EACH_OTHER            | AlphaUsingBeta
        'ONLY_COMPAT_SURFACES_DEPEND_ON_COMPAT_SURFACES'                 | ONLY_COMPAT_SURFACES_DEPEND_ON_COMPAT_SURFACES         | RestUsingACompatSurface
        'REST_DOES_NOT_USE_APPLICATION_SERVICES'                         | REST_DOES_NOT_USE_APPLICATION_SERVICES                 | RestCallingAService
        'REST_DOES_NOT_USE_OUTBOUND_PORTS'                               | REST_DOES_NOT_USE_OUTBOUND_PORTS                       | RestUsingAPort
        'REST_DOES_NOT_USE_THE_GRANT_EXTENSION_POINT'                    | REST_DOES_NOT_USE_THE_GRANT_EXTENSION_POINT            | RestUsingAGrantHandler
        'OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS' | OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS | PersistenceCallingAUseCase
        'OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS' | OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS | CryptoUsingAService
        'OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS' | OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS | CryptoUsingAGrantHandler
        'PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN'                   | PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN           | PersistenceUsingApplicationInternals
        'PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN'                   | PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN           | PersistenceCallingAUseCase
        'PORTS_ARE_INTERFACES_OR_RECORDS'                                | PORTS_ARE_INTERFACES_OR_RECORDS                        | PortAsClass
        'CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS'                    | CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS            | FixtureMapUseCase
        'CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS'                    | CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS            | FixtureClaimsRepository
        'CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS'                    | CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS            | FixtureWildcardMapUseCase
        'CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER'                 | CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER         | ControllerOutsideRest
        'CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER'                 | CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER         | TokenEndpoint
        'MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW'                    | MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW            | EntityOutsideJdbcRow
        'MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW'                    | MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW            | ClientEntity
        'CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP'                        | CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP                | RestBindingAValue
        'CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP'                        | CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP                | RestBindingThroughAnAnnotation
        'CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP'                        | CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP                | PersistenceProperties
        'CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP'                        | CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP                | CryptoWithAValueField
        'CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP'                        | CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP                | CryptoWithAPropertyParameter
        'ROWS_ARE_USED_ONLY_INSIDE_THEIR_PACKAGE'                        | ROWS_ARE_USED_ONLY_INSIDE_THEIR_PACKAGE                | RepositoryLeakingRow
        'ROWS_ARE_USED_ONLY_INSIDE_THEIR_PACKAGE'                        | ROWS_ARE_USED_ONLY_INSIDE_THEIR_PACKAGE                | FactoryUsingRows
        'GRANT_HANDLERS_END_IN_GRANT_HANDLER'                            | GRANT_HANDLERS_END_IN_GRANT_HANDLER                    | MisnamedHandler
        'CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK'                            | CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK                    | ApplicationReadingInstantNow
        'CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK'                            | CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK                    | DomainReadingCurrentTimeMillis
        'CORE_DOES_NOT_CREATE_RANDOMNESS'                                | CORE_DOES_NOT_CREATE_RANDOMNESS                        | ApplicationCallingRandomUuid
        'CORE_DOES_NOT_CREATE_RANDOMNESS'                                | CORE_DOES_NOT_CREATE_RANDOMNESS                        | DomainCreatingRandom
        'CORE_DOES_NOT_CREATE_RANDOMNESS'                                | CORE_DOES_NOT_CREATE_RANDOMNESS                        | ApplicationCreatingSecureRandom
        'NO_PACKAGE_CYCLES_IN_DOMAIN'                                    | NO_PACKAGE_CYCLES_IN_DOMAIN                            | DomainCycleFirst
        'NO_PACKAGE_CYCLES_IN_APPLICATION'                               | NO_PACKAGE_CYCLES_IN_APPLICATION                       | ApplicationCycleFirst
        'NO_PACKAGE_CYCLES_IN_ADAPTERS_REST'                             | NO_PACKAGE_CYCLES_IN_ADAPTERS_REST                     | RestCycleFirst
        'NO_PACKAGE_CYCLES_IN_ADAPTERS_PERSISTENCE'                      | NO_PACKAGE_CYCLES_IN_ADAPTERS_PERSISTENCE              | PersistenceCycleFirst
        'NO_PACKAGE_CYCLES_IN_ADAPTERS_CRYPTO'                           | NO_PACKAGE_CYCLES_IN_ADAPTERS_CRYPTO                   | CryptoCycleFirst
        'NO_PACKAGE_CYCLES_IN_BOOTSTRAP'                                 | NO_PACKAGE_CYCLES_IN_BOOTSTRAP                         | BootstrapCycleFirst
        'NO_FIELD_INJECTION'                                             | NO_FIELD_INJECTION                                     | FieldInjectedFactory
        'NO_STANDARD_STREAMS'                                            | NO_STANDARD_STREAMS                                    | CryptoPrintingToStdout
        'NO_STANDARD_STREAMS'                                            | NO_STANDARD_STREAMS                                    | BootstrapPrintingToStderr
        'NO_JAVA_UTIL_LOGGING'                                           | NO_JAVA_UTIL_LOGGING                                   | PersistenceUsingJul
        'NO_GENERIC_EXCEPTIONS'                                          | NO_GENERIC_EXCEPTIONS                                  | DomainThrowingRuntimeException
        'NO_GENERIC_EXCEPTIONS'                                          | NO_GENERIC_EXCEPTIONS                                  | RestThrowingException
    }

    def "#name lets the compliant #fixture.simpleName pass"() {
        when:
        def result = rule.evaluate(FIXTURES)

        then:
        FIXTURES.contain(fixture)
        result.failureReport.details.every { !it.contains(fixture.name) }

        where:
        name                                           | rule                                           | fixture
        'REST_DOES_NOT_USE_APPLICATION_SERVICES'       | REST_DOES_NOT_USE_APPLICATION_SERVICES         | RestUsingAUseCase
        'PORTS_ARE_INTERFACES_OR_RECORDS'              | PORTS_ARE_INTERFACES_OR_RECORDS                | FixtureRepository
        'PORTS_ARE_INTERFACES_OR_RECORDS'              | PORTS_ARE_INTERFACES_OR_RECORDS                | FixturePage
        'PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN' | PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN   | PersistenceImplementingAPort
        'CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS'  | CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS    | FixtureTypedMapUseCase
        'CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS'  | CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS    | IssueFixtureUseCase
        'CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS'  | CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS    | FixtureRepository
        'CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER' | CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER | TokenController
        'MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW'  | MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW    | TokenRow
        'CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP'      | CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP        | FixtureBoundProperties
        'GRANT_HANDLERS_END_IN_GRANT_HANDLER'          | GRANT_HANDLERS_END_IN_GRANT_HANDLER            | ClientCredentialsGrantHandler
        'CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK'          | CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK            | ApplicationUsingTheClockPort
        'NO_GENERIC_EXCEPTIONS'                        | NO_GENERIC_EXCEPTIONS                          | FixtureException
    }
}

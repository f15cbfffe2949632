package dev.portcullis.architecture

import static dev.portcullis.architecture.ArchitectureRules.*

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import spock.lang.Specification

/**
 * Runs every rule of {@link ArchitectureRules} against the production classes of all modules.
 * {@link ArchitectureRulesCatchViolationsSpec} shows that each rule fails on a deliberate violation.
 */
class ArchitectureSpec extends Specification {

    // JavaClasses is immutable, so one import serves every feature. DO_NOT_INCLUDE_TESTS leaves out
    // target/test-classes, and with it these specs and the violation fixtures.
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages('dev.portcullis')

    def "the production import holds no test classes"() {
        expect:
        PRODUCTION.every { !it.packageName.contains('archfixture') }
        PRODUCTION.every { !it.packageName.startsWith('dev.portcullis.architecture') }
    }

    def "production code follows #name"() {
        when:
        def result = rule.evaluate(PRODUCTION)

        then:
        assert !result.hasViolation(), result.failureReport.toString()

        where:
        name                                                             | rule
        'DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN'                          | DOMAIN_DEPENDS_ONLY_ON_JDK_AND_DOMAIN
        'APPLICATION_DEPENDS_ONLY_ON_JDK_DOMAIN_AND_APPLICATION'         | APPLICATION_DEPENDS_ONLY_ON_JDK_DOMAIN_AND_APPLICATION
        'CORE_DOES_NOT_USE_MICRONAUT'                                    | CORE_DOES_NOT_USE_MICRONAUT
        'CORE_DOES_NOT_USE_JAKARTA'                                      | CORE_DOES_NOT_USE_JAKARTA
        'CORE_DOES_NOT_USE_JDBC'                                         | CORE_DOES_NOT_USE_JDBC
        'CORE_DOES_NOT_USE_JACKSON'                                      | CORE_DOES_NOT_USE_JACKSON
        'CORE_DOES_NOT_USE_NIMBUS'                                       | CORE_DOES_NOT_USE_NIMBUS
        'GRANT_HANDLERS_END_IN_GRANT_HANDLER'                            | GRANT_HANDLERS_END_IN_GRANT_HANDLER
        'CORE_DOES_NOT_USE_A_LOGGING_FRAMEWORK'                          | CORE_DOES_NOT_USE_A_LOGGING_FRAMEWORK
        'ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER'                           | ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER
        'ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP'                            | ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP
        'COMPAT_SURFACES_DO_NOT_DEPEND_ON_EACH_OTHER'                    | COMPAT_SURFACES_DO_NOT_DEPEND_ON_EACH_OTHER
        'ONLY_COMPAT_SURFACES_DEPEND_ON_COMPAT_SURFACES'                 | ONLY_COMPAT_SURFACES_DEPEND_ON_COMPAT_SURFACES
        'REST_DOES_NOT_USE_APPLICATION_SERVICES'                         | REST_DOES_NOT_USE_APPLICATION_SERVICES
        'REST_DOES_NOT_USE_OUTBOUND_PORTS'                               | REST_DOES_NOT_USE_OUTBOUND_PORTS
        'REST_DOES_NOT_USE_THE_GRANT_EXTENSION_POINT'                    | REST_DOES_NOT_USE_THE_GRANT_EXTENSION_POINT
        'OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS' | OUTBOUND_ADAPTERS_DO_NOT_USE_USE_CASES_SERVICES_OR_GRANT_HANDLERS
        'PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN'                   | PERSISTENCE_DEPENDS_ONLY_ON_PORTS_AND_DOMAIN
        'PORTS_ARE_INTERFACES_OR_RECORDS'                                | PORTS_ARE_INTERFACES_OR_RECORDS
        'CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS'                    | CORE_HAS_NO_WIRE_MAPS_IN_USE_CASES_OR_PORTS
        'CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER'                 | CONTROLLERS_LIVE_IN_REST_AND_END_IN_CONTROLLER
        'MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW'                    | MAPPED_ENTITIES_LIVE_IN_JDBC_AND_END_IN_ROW
        'CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP'                        | CONFIGURATION_BINDING_ONLY_IN_BOOTSTRAP
        'ROWS_ARE_USED_ONLY_INSIDE_THEIR_PACKAGE'                        | ROWS_ARE_USED_ONLY_INSIDE_THEIR_PACKAGE
        'CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK'                            | CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK
        'CORE_DOES_NOT_CREATE_RANDOMNESS'                                | CORE_DOES_NOT_CREATE_RANDOMNESS
        'NO_PACKAGE_CYCLES_IN_DOMAIN'                                    | NO_PACKAGE_CYCLES_IN_DOMAIN
        'NO_PACKAGE_CYCLES_IN_APPLICATION'                               | NO_PACKAGE_CYCLES_IN_APPLICATION
        'NO_PACKAGE_CYCLES_IN_ADAPTERS_REST'                             | NO_PACKAGE_CYCLES_IN_ADAPTERS_REST
        'NO_PACKAGE_CYCLES_IN_ADAPTERS_PERSISTENCE'                      | NO_PACKAGE_CYCLES_IN_ADAPTERS_PERSISTENCE
        'NO_PACKAGE_CYCLES_IN_ADAPTERS_CRYPTO'                           | NO_PACKAGE_CYCLES_IN_ADAPTERS_CRYPTO
        'NO_PACKAGE_CYCLES_IN_BOOTSTRAP'                                 | NO_PACKAGE_CYCLES_IN_BOOTSTRAP
        'NO_FIELD_INJECTION'                                             | NO_FIELD_INJECTION
        'NO_STANDARD_STREAMS'                                            | NO_STANDARD_STREAMS
        'NO_JAVA_UTIL_LOGGING'                                           | NO_JAVA_UTIL_LOGGING
        'NO_GENERIC_EXCEPTIONS'                                          | NO_GENERIC_EXCEPTIONS
    }
}

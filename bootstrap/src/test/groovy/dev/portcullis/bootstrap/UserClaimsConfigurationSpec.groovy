package dev.portcullis.bootstrap

import dev.portcullis.application.user.SignInUseCase
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * The built-in login page's users' claims, bound from a configuration file as the conformance run adds one
 * (micronaut.config.files): names with underscores kept, values with their JSON types, objects nested.
 */
class UserClaimsConfigurationSpec extends Specification {

    static final String USERS = '''
portcullis:
  ui:
    users:
      grace:
        password-hash: "$pbkdf2-sha256$i=600000$4kY6sf0uisZyWR0uCilsnw$mzwlhBNeHA7dzkEcJx6GLaMnFC4PWl3x49_RIpiGRAs"
        claims:
          name: Grace Hopper
          given_name: Grace
          family_name: Hopper
          preferred_username: grace
          updated_at: 1700000000
          email: grace@example.com
          email_verified: true
          phone_number: "+1 555 0100"
          phone_number_verified: false
          address:
            street_address: "1 Navy Way"
            postal_code: "22202"
            country: US
'''

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @AutoCleanup
    RunningServer portcullis

    def setupSpec() {
        def users = dataDir.resolve('users.yml')
        Files.writeString(users, USERS)
        // As the conformance run adds its test user: micronaut.config.files, read from the system properties at start-up.
        System.setProperty('micronaut.config.files', users.toString())
        try {
            portcullis = new RunningServer(RunningServer.memory(dataDir))
        } finally {
            System.clearProperty('micronaut.config.files')
        }
    }

    def "claims named with underscores keep their names and their JSON types"() {
        when:
        def claims = portcullis.server.applicationContext.getBean(SignInUseCase).bySubject('grace').orElseThrow().claims().members()

        then:
        claims.name == 'Grace Hopper'
        claims.given_name == 'Grace'
        claims.family_name == 'Hopper'
        claims.preferred_username == 'grace'
        claims.email_verified == true
        claims.email_verified instanceof Boolean
        claims.phone_number_verified == false
        claims.updated_at == 1700000000L
        claims.updated_at instanceof Number
        claims.phone_number == '+1 555 0100'
    }

    def "the address claim is an object with its members"() {
        when:
        def claims = portcullis.server.applicationContext.getBean(SignInUseCase).bySubject('grace').orElseThrow().claims().members()

        then:
        claims.address == [street_address: '1 Navy Way', postal_code: '22202', country: 'US']
        !claims.containsKey('address.street_address')
    }
}

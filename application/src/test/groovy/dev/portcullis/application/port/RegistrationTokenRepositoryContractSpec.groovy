package dev.portcullis.application.port

import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.token.TokenSignature
import spock.lang.Specification

/**
 * What every {@link RegistrationTokenRepository} must do. Subclassed by the fake, the memory adapter and the JDBC
 * adapter on H2 and PostgreSQL; each subclass hands out an empty repository and stores the clients it is given
 * where its storage needs them.
 */
abstract class RegistrationTokenRepositoryContractSpec extends Specification {

    static final TokenSignature FIRST = new TokenSignature('first-digest-0000000000')
    static final TokenSignature SECOND = new TokenSignature('second-digest-000000000')

    /** A repository holding no tokens, for which the clients named exist. */
    abstract RegistrationTokenRepository emptyRepository(List<ClientId> clients)

    def alpha = new ClientId('alpha')
    def beta = new ClientId('beta')
    RegistrationTokenRepository repository

    def setup() {
        repository = emptyRepository([alpha, beta])
    }

    def "a client has no registration access token until one is put"() {
        expect:
        repository.find(alpha).isEmpty()
        !repository.remove(alpha)
    }

    def "the token put is the one found, and the next one put replaces it"() {
        when:
        repository.put(alpha, FIRST)

        then:
        repository.find(alpha) == Optional.of(FIRST)

        when:
        repository.put(alpha, SECOND)

        then:
        repository.find(alpha) == Optional.of(SECOND)
    }

    def "each client has its own token"() {
        given:
        repository.put(alpha, FIRST)
        repository.put(beta, SECOND)

        expect:
        repository.find(alpha) == Optional.of(FIRST)
        repository.find(beta) == Optional.of(SECOND)
    }

    def "a removed token is gone, and only that client's"() {
        given:
        repository.put(alpha, FIRST)
        repository.put(beta, SECOND)

        expect:
        repository.remove(alpha)
        repository.find(alpha).isEmpty()
        !repository.remove(alpha)
        repository.find(beta) == Optional.of(SECOND)
    }
}

package dev.portcullis.application.discovery

import dev.portcullis.application.grant.EchoGrantHandler
import dev.portcullis.application.key.CreateKeyCommand
import dev.portcullis.application.key.CreateKeyService
import dev.portcullis.application.key.KeyServiceSpecification
import dev.portcullis.application.token.ClientAuthenticator
import dev.portcullis.application.token.ClientUses
import dev.portcullis.application.token.IssueTokenService
import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.fakes.FakeAssertionRepository
import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.fakes.FakeRemoteDocuments
import dev.portcullis.application.fakes.FakeSecretHasher
import dev.portcullis.application.token.ClientAssertions
import dev.portcullis.application.token.ClientKeys
import dev.portcullis.application.fakes.FakeTokenDigest
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

class GetServerMetadataServiceSpec extends KeyServiceSpecification {

    static final String ISSUER = 'https://auth.example.com'

    GetServerMetadataService service(Collection<GrantType> grantTypes = [GrantType.CLIENT_CREDENTIALS]) {
        new GetServerMetadataService(ISSUER, grantTypes, keyRing)
    }

    def "grant types are listed in name order"() {
        given:
        def grantTypes = ['urn:ietf:params:oauth:grant-type:jwt-bearer', 'refresh_token', 'client_credentials', 'authorization_code']
                .collect { new GrantType(it) }

        expect:
        service(grantTypes).get().grantTypes() == ['authorization_code', 'client_credentials', 'implicit',
                'refresh_token', 'urn:ietf:params:oauth:grant-type:jwt-bearer']
    }

    def "the implicit grant, which the authorization endpoint serves, comes with the code grant and only with it"() {
        expect:
        service([GrantType.AUTHORIZATION_CODE]).get().grantTypes() == ['authorization_code', 'implicit']
        service([GrantType.CLIENT_CREDENTIALS]).get().grantTypes() == ['client_credentials']
    }

    def "the grant types are those the token use case dispatches"() {
        given:
        def clients = new FakeClientRepository()
        def authenticator = new ClientAuthenticator(clients, new FakeSecretHasher(), new FakeTokenDigest(), clock,
                new ClientUses(clients, clock), new ClientAssertions(new FakeForeignJwts(), new ClientKeys(new FakeRemoteDocuments(), new FakeForeignJwts(), clock), new FakeAssertionRepository(), [] as Set, clock))
        def issue = new IssueTokenService(authenticator, [new EchoGrantHandler('refresh_token'), new EchoGrantHandler('client_credentials')])

        expect:
        service(issue.grantTypes()).get().grantTypes() == ['client_credentials', 'refresh_token']
    }

    def "the issuer and the client authentication methods are advertised"() {
        when:
        def metadata = service().get()

        then:
        metadata.issuer() == ISSUER
        metadata.tokenEndpointAuthMethods() == ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none']
        metadata.tokenEndpointAuthSigningAlgs() == ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512']
    }

    def "the signing algorithms are those of each set's keys, the signing key's first, each once"() {
        given:
        storeKey(KeySetName.ACCESS_TOKEN, SigningAlgorithm.RS256)
        storeKey(KeySetName.ACCESS_TOKEN, SigningAlgorithm.ES256)
        storeKey(KeySetName.ACCESS_TOKEN, SigningAlgorithm.RS256)
        storeKey(KeySetName.ID_TOKEN, SigningAlgorithm.ES256)
        storeKey(MINE, SigningAlgorithm.RS256)

        when:
        def metadata = service().get()

        then:
        metadata.accessTokenSigningAlgs() == ['RS256', 'ES256']
        metadata.idTokenSigningAlgs() == ['ES256']
    }

    def "a set without keys advertises no algorithm, whatever an operator's set holds"() {
        given:
        storeKey(MINE, SigningAlgorithm.ES256)

        when:
        def metadata = service().get()

        then:
        metadata.accessTokenSigningAlgs().isEmpty()
        metadata.idTokenSigningAlgs().isEmpty()
    }

    def "a key created through the admin API is advertised at once"() {
        given:
        storeKey(KeySetName.ID_TOKEN, SigningAlgorithm.RS256)
        def metadata = service()
        assert metadata.get().idTokenSigningAlgs() == ['RS256']

        when:
        new CreateKeyService(keys, maker, keyRing, clock).create(new CreateKeyCommand('id-token', 'ES256', 'sig'))

        then:
        metadata.get().idTokenSigningAlgs() == ['ES256', 'RS256']
    }
}

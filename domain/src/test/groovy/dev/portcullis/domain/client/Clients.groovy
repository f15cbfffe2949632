package dev.portcullis.domain.client

import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes
import groovy.transform.CompileStatic

import java.time.Instant

/**
 * Client fixtures with safe defaults. Each method returns a fresh builder, so a spec changes only the fields
 * its behaviour is about and then calls {@code build()} or {@link #registered}.
 */
@CompileStatic
final class Clients {

    static final String CLIENT_ID = 'test-client'
    static final HashedSecret SECRET_HASH = new HashedSecret('$test$hash')

    private Clients() {
    }

    /** A confidential machine-to-machine client: client_secret_basic and the client credentials grant. */
    static ClientMetadata.Builder confidential() {
        ClientMetadata.builder()
                .clientName('Confidential test client')
                .tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_BASIC)
                .grantTypes([GrantType.CLIENT_CREDENTIALS] as Set<GrantType>)
                .responseTypes([] as Set<ResponseType>)
                .scope(Scopes.of(['read', 'write']))
    }

    /** A confidential web application using the authorization code grant with refresh tokens. */
    static ClientMetadata.Builder webApp() {
        ClientMetadata.builder()
                .clientName('Web test client')
                .tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_BASIC)
                .grantTypes([GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN] as Set<GrantType>)
                .responseTypes([ResponseType.CODE] as Set<ResponseType>)
                .redirectUris([new RedirectUri(URI.create('https://app.example.com/callback'))])
                .scope(Scopes.of(['openid', 'profile']))
    }

    /** A public native application (RFC 8252) with a private-use redirect scheme. */
    static ClientMetadata.Builder publicNative() {
        ClientMetadata.builder()
                .clientName('Native test client')
                .tokenEndpointAuthMethod(AuthMethod.NONE)
                .grantTypes([GrantType.AUTHORIZATION_CODE] as Set<GrantType>)
                .responseTypes([ResponseType.CODE] as Set<ResponseType>)
                .redirectUris([new RedirectUri(URI.create('com.example.app:/callback'))])
                .scope(Scopes.of(['openid']))
    }

    /** A client registered at {@code now}, holding {@link #SECRET_HASH} when its auth method uses a secret. */
    static Client registered(ClientMetadata.Builder builder, Instant now, String clientId = CLIENT_ID) {
        ClientMetadata metadata = builder.build()
        Optional<HashedSecret> hash = metadata.tokenEndpointAuthMethod().usesSecret()
                ? Optional.of(SECRET_HASH)
                : Optional.<HashedSecret> empty()
        Client.register(new ClientId(clientId), metadata, hash, now)
    }
}

package dev.portcullis.domain.client

import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.Audience
import spock.lang.Specification

import java.time.Instant

class ClientSpec extends Specification {

    static final HashedSecret NEW_HASH = new HashedSecret('$test$new-hash')

    def now = Instant.parse('2030-01-01T00:00:00Z')
    def later = now.plusSeconds(3600)

    def "a newly registered client is at revision 0, created and updated now, and never used"() {
        when:
        def client = Client.register(new ClientId('web'), Clients.webApp().build(), Optional.of(Clients.SECRET_HASH), now)

        then:
        client.id() == new ClientId('web')
        client.revision() == 0
        client.createdAt() == now
        client.updatedAt() == now
        client.lastUsedAt().isEmpty()
        client.secretHash() == Optional.of(Clients.SECRET_HASH)
    }

    def "a client authenticating with #method #verdict"() {
        when:
        def client = Clients.registered(builder, now)

        then:
        client.secretHash().isPresent() == usesSecret
        client.usesSecret() == usesSecret

        where:
        method                         | builder                                                                 | usesSecret
        AuthMethod.CLIENT_SECRET_BASIC | Clients.confidential()                                                  | true
        AuthMethod.CLIENT_SECRET_POST  | Clients.confidential().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST) | true
        AuthMethod.PRIVATE_KEY_JWT     | privateKeyJwt()                                                         | false
        AuthMethod.NONE                | Clients.publicNative()                                                  | false

        verdict = usesSecret ? 'holds a hashed secret' : 'holds no hashed secret'
    }

    def "a client authenticating with #method cannot exist #how a hashed secret"() {
        when:
        Client.register(new ClientId('c'), builder.build(), hash, now)

        then:
        thrown(IllegalArgumentException)

        where:
        method                         | how       | builder                                                                 | hash
        AuthMethod.CLIENT_SECRET_BASIC | 'without' | Clients.confidential()                                                  | Optional.empty()
        AuthMethod.CLIENT_SECRET_POST  | 'without' | Clients.confidential().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST) | Optional.empty()
        AuthMethod.PRIVATE_KEY_JWT     | 'with'    | privateKeyJwt()                                                         | Optional.of(Clients.SECRET_HASH)
        AuthMethod.NONE                | 'with'    | Clients.publicNative()                                                  | Optional.of(Clients.SECRET_HASH)
    }

    def "a client cannot be updated before it was created"() {
        when:
        new Client(new ClientId('c'), Clients.confidential().build(), Optional.of(Clients.SECRET_HASH),
                now, now.minusSeconds(1), Optional.empty(), 0)

        then:
        thrown(IllegalArgumentException)
    }

    def "a client cannot have a negative revision"() {
        when:
        new Client(new ClientId('c'), Clients.confidential().build(), Optional.of(Clients.SECRET_HASH),
                now, now, Optional.empty(), -1)

        then:
        thrown(IllegalArgumentException)
    }

    def "replacing the metadata keeps the id and created_at, updates updated_at and increments the revision"() {
        given:
        def client = Clients.registered(Clients.webApp(), now)
        def renamed = Clients.webApp().clientName('Renamed').build()

        when:
        def replaced = client.replace(renamed, Optional.empty(), later)

        then:
        replaced.id() == client.id()
        replaced.metadata() == renamed
        replaced.createdAt() == now
        replaced.updatedAt() == later
        replaced.revision() == client.revision() + 1
    }

    def "replacing the metadata keeps when the client was last used"() {
        given:
        def lastUsed = now.plusSeconds(60)
        def client = new Client(new ClientId('c'), Clients.confidential().build(), Optional.of(Clients.SECRET_HASH),
                now, now, Optional.of(lastUsed), 4)

        when:
        def replaced = client.replace(Clients.confidential().clientName('Renamed').build(), Optional.empty(), later)

        then:
        replaced.lastUsedAt() == Optional.of(lastUsed)
        replaced.revision() == 5
    }

    def "replacing the metadata keeps the old secret hash when no new one is given"() {
        given:
        def client = Clients.registered(Clients.confidential(), now)

        when:
        def replaced = client.replace(
                Clients.confidential().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST).build(), Optional.empty(), later)

        then:
        replaced.secretHash() == Optional.of(Clients.SECRET_HASH)
    }

    def "replacing the metadata takes the new secret hash when one is given"() {
        given:
        def client = Clients.registered(Clients.confidential(), now)

        when:
        def replaced = client.replace(Clients.confidential().build(), Optional.of(NEW_HASH), later)

        then:
        replaced.secretHash() == Optional.of(NEW_HASH)
    }

    def "replacing the metadata with #method drops the secret hash#evenIfGiven"() {
        given:
        def client = Clients.registered(Clients.webApp(), now)

        when:
        def replaced = client.replace(builder.build(), newHash, later)

        then:
        replaced.secretHash().isEmpty()
        !replaced.usesSecret()

        where:
        method                     | builder                | newHash
        AuthMethod.NONE            | Clients.publicNative() | Optional.empty()
        AuthMethod.NONE            | Clients.publicNative() | Optional.of(NEW_HASH)
        AuthMethod.PRIVATE_KEY_JWT | privateKeyJwt()        | Optional.empty()

        evenIfGiven = newHash.isPresent() ? ', even when a new one is given' : ''
    }

    def "a public client switching to a secret without a new secret hash cannot be replaced"() {
        given:
        def client = Clients.registered(Clients.publicNative(), now)
        def confidential = Clients.publicNative().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_BASIC).build()

        when:
        client.replace(confidential, Optional.empty(), later)

        then:
        thrown(IllegalArgumentException)
    }

    def "a public client switching to a secret takes the new secret hash"() {
        given:
        def client = Clients.registered(Clients.publicNative(), now)
        def confidential = Clients.publicNative().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_BASIC).build()

        when:
        def replaced = client.replace(confidential, Optional.of(NEW_HASH), later)

        then:
        replaced.secretHash() == Optional.of(NEW_HASH)
        replaced.usesSecret()
    }

    def "a #fromKind client switching to #toKind metadata #verdict a new secret"() {
        given:
        def client = Clients.registered(from, now)

        expect:
        client.needsNewSecretFor(to.build()) == needs

        where:
        fromKind          | from                   | toKind                | to                     | needs
        'public'          | Clients.publicNative() | 'client_secret_basic' | Clients.webApp()       | true
        'private_key_jwt' | privateKeyJwt()        | 'client_secret_basic' | Clients.confidential() | true
        'secret'          | Clients.webApp()       | 'client_secret_basic' | Clients.confidential() | false
        'secret'          | Clients.webApp()       | 'public'              | Clients.publicNative() | false
        'public'          | Clients.publicNative() | 'private_key_jwt'     | privateKeyJwt()        | false

        verdict = needs ? 'needs' : 'does not need'
    }

    def "a new secret replaces the hash, updates updated_at and increments the revision"() {
        given:
        def client = Clients.registered(Clients.confidential(), now)

        when:
        def rotated = client.withSecret(NEW_HASH, later)

        then:
        rotated.secretHash() == Optional.of(NEW_HASH)
        rotated.metadata() == client.metadata()
        rotated.createdAt() == now
        rotated.updatedAt() == later
        rotated.revision() == 1
    }

    def "a client authenticating with #method is refused a secret"() {
        given:
        def client = Clients.registered(builder, now)

        when:
        client.withSecret(NEW_HASH, later)

        then:
        thrown(IllegalStateException)

        where:
        method                     | builder
        AuthMethod.NONE            | Clients.publicNative()
        AuthMethod.PRIVATE_KEY_JWT | privateKeyJwt()
    }

    def "a #kind client #verdict PKCE"() {
        expect:
        Clients.registered(builder, now).requiresPkce() == requiresPkce

        where:
        kind                           | builder                | requiresPkce
        'public'                       | Clients.publicNative() | true
        'confidential web'             | Clients.webApp()       | false
        'confidential private_key_jwt' | privateKeyJwt()        | false

        verdict = requiresPkce ? 'requires' : 'does not require'
    }

    def "a #kind client registered with require_pkce #registered, on a server that requires PKCE: #serverDefault, must use it: #expected"() {
        given:
        def metadata = builder.requirePkce(Optional.ofNullable(registered as Boolean))

        expect:
        Clients.registered(metadata, now).requiresPkce(serverDefault) == expected

        where:
        kind           | builder                | registered | serverDefault || expected
        'confidential' | Clients.webApp()       | null       | true          || true
        'confidential' | Clients.webApp()       | null       | false         || false
        'confidential' | Clients.webApp()       | false      | true          || false
        'confidential' | Clients.webApp()       | true       | false         || true
        'public'       | Clients.publicNative() | null       | false         || true
        'public'       | Clients.publicNative() | true       | false         || true
    }

    def "a public client cannot be registered as not needing PKCE"() {
        when:
        Clients.publicNative().requirePkce(Optional.of(false)).build()

        then:
        def e = thrown(dev.portcullis.domain.error.OAuthException)
        e.error().code().value() == 'invalid_client_metadata'
        e.error().description().contains('require_pkce')
    }

    def "a client may act for #subject: #expected"() {
        given:
        def client = Clients.registered(Clients.confidential().actingSubjects(
                [new ActingSubject('enterprise', '12345'), new ActingSubject('user', '678')] as LinkedHashSet), now)

        expect:
        client.mayActFor(subject) == expected

        where:
        subject                                  || expected
        new ActingSubject('enterprise', '12345') || true
        new ActingSubject('user', '678')         || true
        new ActingSubject('user', '12345')       || false
        new ActingSubject('enterprise', '678')   || false
        new ActingSubject('enterprise', '1234')  || false
    }

    def "a client registered without acting subjects acts for none"() {
        expect:
        !Clients.registered(Clients.confidential(), now).mayActFor(new ActingSubject('enterprise', '12345'))
    }

    def "a client is public exactly when its metadata is"() {
        expect:
        Clients.registered(Clients.publicNative(), now).isPublic()
        !Clients.registered(Clients.webApp(), now).isPublic()
    }

    def "#change at a time before created_at leaves updated_at at created_at"() {
        given:
        def client = Clients.registered(Clients.confidential(), now)
        def earlier = now.minusSeconds(30)

        when:
        def changed = action(client, earlier)

        then:
        changed.updatedAt() == now
        changed.createdAt() == now

        where:
        change                  | action
        'replacing the metadata'| { Client c, Instant t -> c.replace(Clients.confidential().clientName('x').build(), Optional.empty(), t) }
        'rotating the secret'   | { Client c, Instant t -> c.withSecret(NEW_HASH, t) }
    }

    def "a client is enabled exactly when its metadata says so"() {
        expect:
        Clients.registered(Clients.webApp(), now).isEnabled()
        !Clients.registered(Clients.webApp().enabled(false), now).isEnabled()
    }

    def "a client never prints its secret hash"() {
        expect:
        !Clients.registered(Clients.confidential(), now).toString().contains(Clients.SECRET_HASH.encoded())
    }

    def "a client may ask for #requested when registered for #registered"() {
        given:
        def client = Clients.registered(Clients.confidential().scope(Scopes.of(registered)), now)

        expect:
        client.permitScope(Scopes.of(requested), 'scope') == Scopes.of(requested)

        where:
        registered        | requested
        ['read', 'write'] | ['read']
        ['read', 'write'] | ['write', 'read']
        ['read']          | []
    }

    def "asking for a scope the client is not registered for is invalid_scope naming the parameter"() {
        given:
        def client = Clients.registered(Clients.confidential().scope(Scopes.of(['read'])), now)

        when:
        client.permitScope(Scopes.of(['read', 'admin']), 'grant_scope')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        e.error().description().contains('grant_scope')
        !e.error().description().contains('admin')
    }

    def "a client may ask only for audiences it is registered for, else invalid_request naming the parameter"() {
        given:
        def client = Clients.registered(Clients.confidential().audience(Audience.of(['https://api.example.com'])), now)

        expect:
        client.permitAudience(Audience.of(['https://api.example.com']), 'audience') == Audience.of(['https://api.example.com'])
        client.permitAudience(Audience.NONE, 'audience') == Audience.NONE

        when:
        client.permitAudience(Audience.of(['https://other.example.com']), 'audience')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('audience')
    }

    private static ClientMetadata.Builder privateKeyJwt() {
        Clients.confidential()
                .tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwksUri(Optional.of(URI.create('https://app.example.com/jwks.json')))
    }
}

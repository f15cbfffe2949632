package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.authorization.AuthorizationSettings;
import dev.portcullis.application.discovery.GetServerMetadataService;
import dev.portcullis.application.discovery.GetServerMetadataUseCase;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.AssertionRepository;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.KeyRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.LoginSessionRepository;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.application.token.AccessTokens;
import dev.portcullis.adapters.rest.oauth.token.TokenController;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.application.token.ClientAssertions;
import dev.portcullis.application.token.ClientAuthenticator;
import dev.portcullis.application.token.ClientKeys;
import dev.portcullis.application.token.ClientUses;
import dev.portcullis.application.token.FlushTokensService;
import dev.portcullis.application.token.FlushTokensUseCase;
import dev.portcullis.application.token.IntrospectTokenService;
import dev.portcullis.application.token.IntrospectTokenUseCase;
import dev.portcullis.application.token.IssueTokenService;
import dev.portcullis.application.token.IssueTokenUseCase;
import dev.portcullis.application.token.RevokeClientTokensService;
import dev.portcullis.application.token.RevokeClientTokensUseCase;
import dev.portcullis.application.token.RevokeTokenService;
import dev.portcullis.application.token.RevokeTokenUseCase;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.bootstrap.config.TokenProperties;
import dev.portcullis.domain.client.AccessTokenStrategy;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** The token endpoint, introspection, revocation and flushing, over the registered grant handlers. */
@Factory
final class TokenFactory {

    @Singleton
    TokenSettings tokenSettings(@Value("${portcullis.issuer}") String issuer, TokenProperties tokens) {
        AccessTokenStrategy strategy = AccessTokenStrategy.fromWireName(tokens.accessTokenStrategy())
                .orElseThrow(() -> new ConfigurationException("portcullis.tokens.access-token-strategy must be jwt or opaque"));
        try {
            return new TokenSettings(URI.create(issuer), tokens.accessTokenLifespan(), tokens.refreshTokenLifespan(), strategy);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("portcullis.issuer and the lifespans: " + e.getMessage(), e);
        }
    }

    @Singleton
    ClientUses clientUses(ClientRepository clients, Clock clock) {
        return new ClientUses(clients, clock);
    }

    @Singleton
    ClientAuthenticator clientAuthenticator(ClientRepository clients, SecretHasher hasher, TokenDigest digest, Clock clock,
                                            ClientUses uses, ClientAssertions assertions) {
        return new ClientAuthenticator(clients, hasher, digest, clock, uses, assertions);
    }

    /** The keys clients registered, one cache of fetched JWK Sets for client assertions and request objects. */
    @Singleton
    ClientKeys clientKeys(RemoteDocuments documents, ForeignJwts jwts, Clock clock) {
        return new ClientKeys(documents, jwts, clock);
    }

    /** private_key_jwt: an assertion names the token endpoint or the issuer as its audience (RFC 7523 §3). */
    @Singleton
    ClientAssertions clientAssertions(ForeignJwts jwts, ClientKeys keys, AssertionRepository used,
                                      TokenSettings settings, Clock clock) {
        String issuer = settings.issuerValue();
        return new ClientAssertions(jwts, keys, used,
                Set.of(issuer + TokenController.PATH, issuer), clock);
    }

    @Singleton
    AccessTokens accessTokens(TokenSettings settings, TokenRepository tokens, TokenDigest digest, TokenCodec codec,
                              KeyRing keyRing, Randomness randomness, Clock clock) {
        return new AccessTokens(settings, tokens, digest, codec, keyRing, randomness, clock);
    }

    /**
     * Fails start-up when two handlers claim one grant type: built with the context ({@code @Context}), since a
     * lazy singleton would only fail on the first token request (STYLE.md §6).
     */
    @Context
    IssueTokenUseCase issueToken(ClientAuthenticator authenticator, List<GrantHandler> handlers) {
        return new IssueTokenService(authenticator, handlers);
    }

    /** Discovery lists exactly the grant types the token use case dispatches. */
    @Singleton
    GetServerMetadataUseCase serverMetadata(TokenSettings settings, List<GrantHandler> handlers, KeyRing keyRing,
                                            AuthorizationSettings authorization) {
        return new GetServerMetadataService(settings.issuerValue(), handlers.stream().map(GrantHandler::grantType).toList(),
                keyRing, authorization.plainPkceAllowed() ? List.of("S256", "plain") : List.of("S256"));
    }

    @Singleton
    IntrospectTokenUseCase introspectToken(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest,
                                           TokenSettings settings, Clock clock, FlowRepository flows) {
        return new IntrospectTokenService(authenticator, tokens, digest, settings, clock, Optional.of(flows));
    }

    @Singleton
    RevokeTokenUseCase revokeToken(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest) {
        return new RevokeTokenService(authenticator, tokens, digest);
    }

    @Singleton
    RevokeClientTokensUseCase revokeClientTokens(TokenRepository tokens) {
        return new RevokeClientTokensService(tokens);
    }

    @Singleton
    FlushTokensUseCase flushTokens(TokenRepository tokens, FlowRepository flows, LoginSessionRepository loginSessions,
                                   LogoutRequestRepository logoutRequests, AssertionRepository assertions, Clock clock) {
        return new FlushTokensService(tokens, flows, loginSessions, logoutRequests, assertions, clock);
    }

    @Singleton
    KeyRing keyRing(KeyRepository keys, Clock clock) {
        return new KeyRing(keys, clock);
    }
}

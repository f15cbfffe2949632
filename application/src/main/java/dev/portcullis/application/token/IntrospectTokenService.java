package dev.portcullis.application.token;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.TokenRecord;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Introspects by record: the keyed hash of the presented string finds the token's record, for JWTs and
 * opaque tokens alike, so a revoked JWT is inactive and no signature needs checking (a string this server
 * did not issue has no record).
 */
public final class IntrospectTokenService implements IntrospectTokenUseCase {

    private final ClientAuthenticator authenticator;
    private final PresentedTokens presented;
    private final TokenSettings settings;
    private final Clock clock;
    private final Optional<FlowRepository> flows;

    public IntrospectTokenService(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest,
                                  TokenSettings settings, Clock clock) {
        this(authenticator, tokens, digest, settings, clock, Optional.empty());
    }

    /** With {@code flows}, an access token of a user's grant is answered with its consent's extra claims. */
    public IntrospectTokenService(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest,
                                  TokenSettings settings, Clock clock, Optional<FlowRepository> flows) {
        this.authenticator = authenticator;
        this.presented = new PresentedTokens(tokens, digest);
        this.settings = settings;
        this.clock = clock;
        this.flows = flows;
    }

    @Override
    public Introspection introspect(IntrospectTokenCommand command) {
        command.caller().ifPresent(credentials -> {
            if (authenticator.authenticate(credentials).method() == AuthMethod.NONE) {
                throw new OAuthException(ErrorCode.INVALID_CLIENT, "public clients may not introspect tokens");
            }
        });
        Instant now = clock.instant();
        Optional<TokenRecord> active = presented.find(command.token())
                .filter(record -> record.isActiveAt(now))
                .filter(record -> record.scope().containsAll(command.requiredScope()));
        return new Introspection(active, settings.issuerValue(), active.map(this::extra).orElse(JsonDocument.EMPTY));
    }

    /**
     * The consent's extra access token claims. Only a user's grant has a consent: a token without a subject
     * (client credentials) costs no second lookup.
     */
    private JsonDocument extra(TokenRecord token) {
        if (token.kind() != TokenKind.ACCESS_TOKEN || token.subject().isEmpty() || flows.isEmpty()) {
            return JsonDocument.EMPTY;
        }
        return flows.get().find(token.grantId())
                .flatMap(AuthorizationFlow::consent)
                .map(ConsentAcceptance::accessTokenClaims)
                .orElse(JsonDocument.EMPTY);
    }
}

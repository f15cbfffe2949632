package dev.portcullis.application.token;

import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.time.Instant;

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

    public IntrospectTokenService(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest,
                                  TokenSettings settings, Clock clock) {
        this.authenticator = authenticator;
        this.presented = new PresentedTokens(tokens, digest);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Introspection introspect(IntrospectTokenCommand command) {
        command.caller().ifPresent(credentials -> {
            if (authenticator.authenticate(credentials).method() == AuthMethod.NONE) {
                throw new OAuthException(ErrorCode.INVALID_CLIENT, "public clients may not introspect tokens");
            }
        });
        Instant now = clock.instant();
        return new Introspection(presented.find(command.token())
                .filter(record -> record.isActiveAt(now))
                .filter(record -> record.scope().containsAll(command.requiredScope())),
                settings.issuerValue());
    }
}

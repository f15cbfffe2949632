package dev.portcullis.application.token;

import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.token.IssuedTokens;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Dispatches token requests to the grant handlers, after the checks every grant shares. */
public final class IssueTokenService implements IssueTokenUseCase {

    private final ClientAuthenticator authenticator;
    private final Map<GrantType, GrantHandler> handlers;

    /** @throws IllegalStateException when two handlers claim one grant type */
    public IssueTokenService(ClientAuthenticator authenticator, List<? extends GrantHandler> handlers) {
        this.authenticator = authenticator;
        this.handlers = Collections.unmodifiableMap(index(handlers));
    }

    /** The grant types some handler serves, in name order. */
    public Set<GrantType> grantTypes() {
        return handlers.keySet();
    }

    @Override
    public IssuedTokens issue(IssueTokenCommand command) {
        GrantType grantType = command.grantType();
        TokenRequest request = new TokenRequest(grantType, command.parameters());
        AuthenticatedClient client;
        GrantHandler handler;
        if (command.credentials().isPresent()) {
            client = authenticator.authenticate(command.credentials().get());
            handler = handlerFor(grantType);
        } else {
            handler = handlerFor(grantType);
            client = handler.clientWithoutCredentials(request)
                    .map(shown -> new AuthenticatedClient(shown, AuthMethod.NONE))
                    .orElseThrow(() -> new OAuthException(ErrorCode.INVALID_CLIENT, "client authentication is required"));
        }
        if (!client.client().metadata().grantTypes().contains(grantType)) {
            throw new OAuthException(ErrorCode.UNAUTHORIZED_CLIENT,
                    "the client is not registered for the grant type " + grantType.value());
        }
        return handler.handle(request, client);
    }

    private GrantHandler handlerFor(GrantType grantType) {
        GrantHandler handler = handlers.get(grantType);
        if (handler == null) {
            throw new OAuthException(ErrorCode.UNSUPPORTED_GRANT_TYPE,
                    "this server does not support the grant type " + grantType.value());
        }
        return handler;
    }

    private static Map<GrantType, GrantHandler> index(List<? extends GrantHandler> handlers) {
        Map<GrantType, GrantHandler> index = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (GrantHandler handler : handlers) {
            GrantHandler previous = index.put(handler.grantType(), handler);
            if (previous != null) {
                throw new IllegalStateException("two grant handlers for " + handler.grantType().value() + ": "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        return index;
    }
}

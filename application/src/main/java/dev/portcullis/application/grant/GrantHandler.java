package dev.portcullis.application.grant;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.grant.GrantType;

import java.util.Optional;

/**
 * Issues tokens for one {@code grant_type}: the extension point for new grants (DESIGN.md §3).
 *
 * <p>The token use case has already authenticated the client and checked that it is registered for
 * {@link #grantType()}; a handler checks only its own grant's rules (what the client may ask for is
 * {@link dev.portcullis.domain.client.Client#permitScope} and {@code permitAudience}) and issues tokens through
 * the {@link TokenIssuer}. Implementations are plain Java classes named {@code <Grant>GrantHandler};
 * registering one as a bean is all it takes to serve its grant type at the token endpoint and list it in
 * discovery.
 */
public interface GrantHandler {

    /** The exact {@code grant_type} value this handler serves; one handler per grant type. */
    GrantType grantType();

    /**
     * @throws dev.portcullis.domain.error.OAuthException with an RFC 6749 §5.2 code, such as
     *         {@code invalid_request}, {@code invalid_grant} or {@code invalid_scope}
     */
    TokenResponse handle(TokenRequest request, AuthenticatedClient client);

    /**
     * The client a request without any client authentication speaks for, for a grant whose request itself shows it:
     * RFC 8693 downscoping, where the subject token was issued to that client and nothing beyond it is asked for.
     * Empty by default, and then the token use case refuses such a request with {@code invalid_client}. The client
     * must still be registered for {@link #grantType()}; {@link #handle} then gets it with {@code AuthMethod.NONE}.
     *
     * @throws dev.portcullis.domain.error.OAuthException as {@link #handle} does, for a request it refuses at once
     */
    default Optional<Client> clientWithoutCredentials(TokenRequest request) {
        return Optional.empty();
    }
}

package dev.portcullis.application.grant.clientcredentials;

import dev.portcullis.application.grant.AccessTokenGrant;
import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.domain.client.ActingSubject;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 6749 §4.4: a confidential client gets an access token for itself. It gets the scopes and audiences
 * it asks for, each of which it must be registered for, and no refresh token (§4.4.3).
 *
 * <p>Box's clients add {@code box_subject_type} and {@code box_subject_id} to act for an enterprise or a
 * user. A client may do so only for the subjects it is registered for; the token then records the pair as
 * claims, a {@code user} becomes the token's subject, and a request without {@code scope} gets the
 * client's registered scopes, as Box grants an app's configured scopes. A client registered with
 * {@code registeredScopeByDefault} gets them too when it names no scope; any other gets none.
 */
public final class ClientCredentialsGrantHandler implements GrantHandler {

    static final String SUBJECT_TYPE = "box_subject_type";
    static final String SUBJECT_ID = "box_subject_id";
    static final String USER = "user";

    private final TokenIssuer tokens;

    public ClientCredentialsGrantHandler(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    @Override
    public GrantType grantType() {
        return GrantType.CLIENT_CREDENTIALS;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient authenticated) {
        Client client = authenticated.client();
        Optional<ActingSubject> acting = actingSubject(request, client);
        Scopes requested = request.scope();
        Scopes scope = requested.isEmpty() && (acting.isPresent() || client.metadata().registeredScopeByDefault())
                ? client.metadata().scope()
                : client.permitScope(requested, "scope");
        Audience audience = client.permitAudience(request.audience(), "audience");
        Optional<String> subject = acting.filter(it -> it.type().equals(USER)).map(ActingSubject::id);
        AccessTokenGrant grant = new AccessTokenGrant(client, grantType(), subject, scope, audience,
                tokens.newGrantId(), JsonDocument.EMPTY);
        if (acting.isPresent()) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put(SUBJECT_TYPE, acting.get().type());
            claims.put(SUBJECT_ID, acting.get().id());
            grant = grant.withRecordedClaims(new JsonDocument(claims));
        }
        return TokenResponse.bearer(tokens.issueAccessToken(grant));
    }

    /** The subject the client asks to act for, if any; it must name both halves and be registered. */
    private static Optional<ActingSubject> actingSubject(TokenRequest request, Client client) {
        Optional<String> type = request.optional(SUBJECT_TYPE);
        Optional<String> id = request.optional(SUBJECT_ID);
        if (type.isEmpty() && id.isEmpty()) {
            return Optional.empty();
        }
        if (type.isEmpty() || id.isEmpty()) {
            throw OAuthException.invalidRequest(SUBJECT_TYPE + " and " + SUBJECT_ID + " go together: send both or neither");
        }
        ActingSubject subject;
        try {
            subject = new ActingSubject(type.get(), id.get());
        } catch (IllegalArgumentException malformed) {
            throw OAuthException.invalidRequest(SUBJECT_TYPE + " or " + SUBJECT_ID + " is malformed: " + malformed.getMessage());
        }
        if (!client.mayActFor(subject)) {
            throw new OAuthException(ErrorCode.UNAUTHORIZED_CLIENT,
                    "the client is not registered to act for this " + SUBJECT_TYPE);
        }
        return Optional.of(subject);
    }
}

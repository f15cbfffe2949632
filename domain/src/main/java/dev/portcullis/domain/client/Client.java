package dev.portcullis.domain.client;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.Scopes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered client application: the aggregate root of the client registry.
 *
 * <p>Invariant: a client that authenticates with a shared secret ({@code client_secret_basic} or
 * {@code client_secret_post}) has exactly one hashed secret; any other client has none. The secret itself
 * is never held here.
 *
 * @param revision increases with every change, so that storage can refuse a write based on a stale read
 */
public record Client(
        ClientId id,
        ClientMetadata metadata,
        Optional<HashedSecret> secretHash,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> lastUsedAt,
        long revision) {

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        if (metadata.tokenEndpointAuthMethod().usesSecret() != secretHash.isPresent()) {
            throw new IllegalArgumentException("a client has a secret exactly when it authenticates with one");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a client is not updated before it is created");
        }
        if (revision < 0) {
            throw new IllegalArgumentException("revisions start at zero");
        }
    }

    /** A newly registered client. */
    public static Client register(ClientId id, ClientMetadata metadata, Optional<HashedSecret> secretHash, Instant now) {
        return new Client(id, metadata, secretHash, now, now, Optional.empty(), 0);
    }

    /**
     * This client with all of its metadata replaced. The secret hash stays unless {@code newSecretHash} is
     * given; it is dropped when the new metadata no longer authenticates with a secret.
     */
    public Client replace(ClientMetadata newMetadata, Optional<HashedSecret> newSecretHash, Instant now) {
        Optional<HashedSecret> hash = newMetadata.tokenEndpointAuthMethod().usesSecret()
                ? newSecretHash.or(() -> secretHash)
                : Optional.empty();
        return new Client(id, newMetadata, hash, createdAt, latest(now), lastUsedAt, revision + 1);
    }

    /** This client with a new secret; only for clients that authenticate with one. */
    public Client withSecret(HashedSecret newSecretHash, Instant now) {
        if (!usesSecret()) {
            throw new IllegalStateException("client " + id + " does not authenticate with a secret");
        }
        return new Client(id, metadata, Optional.of(newSecretHash), createdAt, latest(now), lastUsedAt, revision + 1);
    }

    /**
     * This client as last used at {@code usedAt}, or as it is when it was used later already. A use is not a
     * change of the client: the revision and the update time stay.
     */
    public Client usedAt(Instant usedAt) {
        if (lastUsedAt.filter(known -> !known.isBefore(usedAt)).isPresent()) {
            return this;
        }
        return new Client(id, metadata, secretHash, createdAt, updatedAt, Optional.of(usedAt), revision);
    }

    /** Whether the replacement metadata would leave this client needing a secret it does not have yet. */
    public boolean needsNewSecretFor(ClientMetadata newMetadata) {
        return newMetadata.tokenEndpointAuthMethod().usesSecret() && secretHash.isEmpty();
    }

    public boolean usesSecret() {
        return metadata.tokenEndpointAuthMethod().usesSecret();
    }

    public boolean isPublic() {
        return metadata.isPublic();
    }

    /** RFC 7636 §1 and RFC 8252 §8.1: public clients always prove possession of the code with PKCE. */
    public boolean requiresPkce() {
        return isPublic();
    }

    /**
     * Whether an authorization request of this client must carry a PKCE challenge: always for a public client,
     * otherwise as the client was registered, or as the server's {@code serverDefault} when it was not.
     */
    public boolean requiresPkce(boolean serverDefault) {
        return isPublic() || metadata.requirePkce().orElse(serverDefault);
    }

    public boolean isEnabled() {
        return metadata.enabled();
    }

    /** Whether the client is registered to act for {@code subject} in the client credentials grant. */
    public boolean mayActFor(ActingSubject subject) {
        return metadata.actingSubjects().contains(subject);
    }

    /**
     * What a client may ask for, wherever it asks (a token request, an authorization request, a consent that
     * grants it): only scopes it is registered for.
     *
     * @param parameter the parameter or member the scopes came from, named in the error
     * @return {@code requested}
     * @throws OAuthException {@code invalid_scope} (RFC 6749 §5.2) when one of them is not registered
     */
    public Scopes permitScope(Scopes requested, String parameter) {
        if (!metadata.scope().containsAll(requested)) {
            throw new OAuthException(ErrorCode.INVALID_SCOPE, parameter + " holds a scope the client is not registered for");
        }
        return requested;
    }

    /**
     * The same for audiences: only those the client is registered for.
     *
     * @return {@code requested}
     * @throws OAuthException {@code invalid_request}, ORY Hydra's answer, when one of them is not registered
     */
    public Audience permitAudience(Audience requested, String parameter) {
        if (!metadata.audience().containsAll(requested)) {
            throw OAuthException.invalidRequest(parameter + " holds an audience the client is not registered for");
        }
        return requested;
    }

    private Instant latest(Instant now) {
        return now.isBefore(createdAt) ? createdAt : now;
    }
}

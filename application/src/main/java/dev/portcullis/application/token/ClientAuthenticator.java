package dev.portcullis.application.token;

import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.HashedSecret;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks client credentials (RFC 6749 §2.3) for the token, introspection and revocation endpoints.
 *
 * <p>A client must use the method it registered; a disabled or unknown client and a wrong secret fail
 * alike with {@code invalid_client}, so the answer does not tell which. Verifying a user-chosen secret
 * costs a slow password hash, so successful verifications are remembered for a short while: keyed by the
 * client, a keyed hash of the presented secret (never the secret itself) and the stored hash it matched,
 * and valid only while the client is at the revision it had then, so any change to the client or its
 * secret forgets them, and so does deleting the client and registering another under its id. Every successful
 * authentication is noted in {@link ClientUses}, which writes the clients' last use in batches.
 */
public final class ClientAuthenticator implements CredentialCostUseCase {

    /** How long a successful verification is remembered. */
    public static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    private static final int MAX_REMEMBERED = 10_000;

    /**
     * One description for an unknown or disabled client, a method the client did not register and a wrong secret, so
     * that it does not tell which.
     */
    private static final String NOT_AUTHENTICATED = "unknown client, disabled client or wrong secret";

    private final ClientRepository clients;
    private final SecretHasher hasher;
    private final TokenDigest digest;
    private final Clock clock;
    private final ClientUses uses;
    private final ClientAssertions assertions;
    private final ConcurrentHashMap<Verification, Instant> verified = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Verification, CompletableFuture<Boolean>> verifying = new ConcurrentHashMap<>();
    private final SlowHashTurns slowTurns = new SlowHashTurns();

    public ClientAuthenticator(ClientRepository clients, SecretHasher hasher, TokenDigest digest, Clock clock,
                               ClientUses uses, ClientAssertions assertions) {
        this.assertions = assertions;
        this.clients = clients;
        this.hasher = hasher;
        this.digest = digest;
        this.clock = clock;
        this.uses = uses;
    }

    /**
     * @throws OAuthException {@code invalid_client} when the client is unknown or disabled, used another
     *         method than it registered, or presented the wrong secret or an assertion that {@link ClientAssertions}
     *         refuses
     */
    public AuthenticatedClient authenticate(ClientCredentials credentials) {
        Client client = Optional.of(credentials.clientId())
                .filter(ClientId::isWellFormed)
                .flatMap(id -> clients.find(new ClientId(id)))
                .filter(Client::isEnabled)
                .orElseThrow(() -> failed(NOT_AUTHENTICATED));
        if (client.metadata().tokenEndpointAuthMethod() != credentials.method()) {
            // Naming the registered method would tell a caller who guessed an id that the client exists.
            throw failed(NOT_AUTHENTICATED);
        }
        if (credentials.method().usesSecret() && !secretMatches(client, credentials.secret().orElseThrow())) {
            throw failed(NOT_AUTHENTICATED);
        }
        if (credentials.method() == AuthMethod.PRIVATE_KEY_JWT) {
            assertions.verify(client, credentials.assertion().orElseThrow());
        }
        uses.record(client.id());
        return new AuthenticatedClient(client, credentials.method());
    }

    @Override
    public boolean needsSlowHash(ClientCredentials credentials) {
        if (credentials.secret().isEmpty() || !ClientId.isWellFormed(credentials.clientId())) {
            return false;
        }
        Optional<Client> client = clients.find(new ClientId(credentials.clientId()))
                .filter(Client::isEnabled)
                .filter(found -> found.metadata().tokenEndpointAuthMethod() == credentials.method())
                .filter(found -> found.secretHash().filter(hasher::isSlow).isPresent());
        return client.isPresent() && !remembered(verification(client.get(), credentials.secret().get()), clock.instant());
    }

    /**
     * The stored hash is part of the key: a client deleted and registered again under its id starts at the same
     * revision, and must not inherit what was verified for its predecessor's secret.
     */
    private Verification verification(Client client, String presented) {
        return new Verification(client.id(), client.revision(), client.secretHash().orElseThrow(),
                digest.digest(presented).value());
    }

    private boolean remembered(Verification key, Instant now) {
        Instant until = verified.get(key);
        return until != null && now.isBefore(until);
    }

    private boolean secretMatches(Client client, String presented) {
        HashedSecret stored = client.secretHash().orElseThrow();
        Instant now = clock.instant();
        Verification key = verification(client, presented);
        if (remembered(key, now)) {
            return true;
        }
        // One slow hash per key at a time: when a remembered verification expires under load, the other
        // requests with the same credentials wait for that one result instead of each hashing again.
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = verifying.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            boolean matches = hasher.isSlow(stored)
                    ? slowTurns.inTurn(client.id(), () -> hasher.verify(presented, stored))
                    : hasher.verify(presented, stored);
            if (matches) {
                remember(key, now);
            }
            mine.complete(matches);
            return matches;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            verifying.remove(key, mine);
        }
    }

    private void remember(Verification key, Instant now) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(until -> !now.isBefore(until));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(key, now.plus(REMEMBER_FOR));
    }

    private static OAuthException failed(String description) {
        return new OAuthException(ErrorCode.INVALID_CLIENT, "client authentication failed: " + description);
    }

    private record Verification(ClientId clientId, long revision, HashedSecret stored, String secretDigest) {
    }
}

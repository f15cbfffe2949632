package dev.portcullis.application.grant.tokenexchange;

import dev.portcullis.application.grant.AccessTokenGrant;
import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.IssuedToken;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.application.grant.jwtbearer.TrustedAssertions;
import dev.portcullis.application.grant.jwtbearer.TrustedAssertions.VerifiedAssertion;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenRecord;
import dev.portcullis.domain.token.TokenSignature;
import dev.portcullis.domain.token.TokenType;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RFC 8693: a token this server issued, or a JWT from a trusted issuer, exchanged for an access token that never
 * has more than it. The new token's scope lies within the subject token's ({@code invalid_scope} otherwise); its
 * {@code aud} is the {@code resource} and {@code audience} asked for, within the subject token's audience when that
 * has one ({@code invalid_target} otherwise); it expires no later than the subject token; it belongs to the subject
 * token's grant and is revoked with the subject token. An {@code actor_token} makes it a delegation: the new token's
 * {@code act} names the actor, with the subject token's own {@code act} nested inside (§4.1).
 *
 * <p>Box downscopes with the subject token alone, without client authentication: for a subject token issued here,
 * its client is the new token's, and credentials of another client are {@code invalid_grant}. A JWT from another
 * issuer is accepted as the jwt-bearer grant accepts an assertion, used once, and only from an authenticated client.
 */
public final class TokenExchangeGrantHandler implements GrantHandler {

    public static final String ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";
    public static final String JWT_TYPE = "urn:ietf:params:oauth:token-type:jwt";

    private static final Set<String> SUBJECT_TOKEN_TYPES = Set.of(ACCESS_TOKEN_TYPE, JWT_TYPE);
    /** How deep delegations may nest in {@code act}, so that repeated exchanges cannot grow a token without end. */
    private static final int MAX_ACTORS = 8;

    private final TokenIssuer tokens;
    private final TokenRepository records;
    private final TokenDigest digest;
    private final ClientRepository clients;
    private final TrustedAssertions assertions;
    private final Clock clock;

    public TokenExchangeGrantHandler(TokenIssuer tokens, TokenRepository records, TokenDigest digest,
                                     ClientRepository clients, TrustedAssertions assertions, Clock clock) {
        this.tokens = tokens;
        this.records = records;
        this.digest = digest;
        this.clients = clients;
        this.assertions = assertions;
        this.clock = clock;
    }

    @Override
    public GrantType grantType() {
        return GrantType.TOKEN_EXCHANGE;
    }

    /** The client of a subject token issued here: the one Box's credential-less downscoping speaks for. */
    @Override
    public Optional<Client> clientWithoutCredentials(TokenRequest request) {
        checkTokenTypes(request);
        String subjectToken = request.required("subject_token");
        Optional<TokenRecord> own = ownRecord(subjectToken);
        if (own.isEmpty()) {
            if (assertions.looksLikeJwt(subjectToken)) {
                throw new OAuthException(ErrorCode.INVALID_CLIENT,
                        "client authentication is required to exchange a token from another issuer");
            }
            throw refused("subject_token is not an access token issued here");
        }
        Client client = clients.find(own.get().clientId()).filter(Client::isEnabled)
                .orElseThrow(() -> refused("the client subject_token was issued to no longer exists or is disabled"));
        return Optional.of(client);
    }

    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient authenticated) {
        checkTokenTypes(request);
        Client client = authenticated.client();
        Instant now = clock.instant();
        String subjectToken = request.required("subject_token");
        Optional<TokenRecord> own = ownRecord(subjectToken);
        Subject subject = own.isPresent() ? ownSubject(own.get(), client, now) : trustedSubject(subjectToken);

        Scopes scope = scope(request, subject, client);
        List<String> resources = resources(request);
        Audience audience = audience(request, resources, subject, client);
        JsonDocument claims = claims(request, subject, now);
        subject.assertion().ifPresent(assertions::recordUse);

        AccessTokenGrant grant = new AccessTokenGrant(client, grantType(), subject.subject(), scope, audience,
                subject.grantId(), JsonDocument.EMPTY)
                .withRecordedClaims(claims)
                .expiringNoLaterThan(subject.expiresAt());
        if (subject.signature().isPresent()) {
            grant = grant.exchangedFrom(subject.signature().get());
        }
        IssuedToken issued = tokens.issueAccessToken(grant);
        if (subject.signature().isPresent()) {
            undoIfSubjectRevokedMeanwhile(subject.signature().get(), issued);
        }
        return new TokenResponse(issued.value(), TokenType.BEARER, issued.expiresIn(), scope, Optional.empty(),
                Optional.empty(), additional(resources, scope));
    }

    /** What the new token is derived from: a record of this server's, or a verified assertion. */
    private record Subject(Optional<String> subject, Scopes scope, Audience audience, Instant expiresAt,
                           GrantId grantId, Optional<TokenSignature> signature, JsonDocument claims,
                           Optional<VerifiedAssertion> assertion) {
    }

    private static void checkTokenTypes(TokenRequest request) {
        Optional<String> requested = request.optional("requested_token_type");
        if (requested.isPresent() && !requested.get().equals(ACCESS_TOKEN_TYPE)) {
            throw OAuthException.invalidRequest("requested_token_type may only be " + ACCESS_TOKEN_TYPE);
        }
        if (!SUBJECT_TOKEN_TYPES.contains(request.required("subject_token_type"))) {
            throw OAuthException.invalidRequest("subject_token_type must be " + ACCESS_TOKEN_TYPE + " or " + JWT_TYPE);
        }
        Optional<String> actorType = request.optional("actor_token_type");
        if (request.optional("actor_token").isPresent()) {
            if (actorType.isEmpty() || !SUBJECT_TOKEN_TYPES.contains(actorType.get())) {
                throw OAuthException.invalidRequest(
                        "actor_token needs actor_token_type " + ACCESS_TOKEN_TYPE + " or " + JWT_TYPE);
            }
        } else if (actorType.isPresent()) {
            throw OAuthException.invalidRequest("actor_token_type is sent only with actor_token");
        }
    }

    private Optional<TokenRecord> ownRecord(String token) {
        return digest.digestPresented(token).flatMap(records::find);
    }

    private static Subject ownSubject(TokenRecord record, Client client, Instant now) {
        if (record.kind() != TokenKind.ACCESS_TOKEN) {
            throw refused("subject_token is not an access token");
        }
        if (!record.isActiveAt(now)) {
            throw refused("subject_token is not active: it expired or was revoked");
        }
        if (!record.clientId().equals(client.id())) {
            throw refused("subject_token was issued to another client");
        }
        checkLivesOn(record.expiresAt(), now);
        return new Subject(record.subject(), record.scope(), record.audience(), record.expiresAt(), record.grantId(),
                Optional.of(record.signature()), record.claims(), Optional.empty());
    }

    private Subject trustedSubject(String subjectToken) {
        if (!assertions.looksLikeJwt(subjectToken)) {
            throw refused("subject_token is not an access token issued here");
        }
        VerifiedAssertion assertion = assertions.verify(subjectToken, "the subject_token");
        checkLivesOn(assertion.expiresAt(), clock.instant());
        return new Subject(Optional.of(assertion.subject()), assertion.trust().scope(), Audience.NONE,
                assertion.expiresAt(), tokens.newGrantId(), Optional.empty(), JsonDocument.EMPTY, Optional.of(assertion));
    }

    /** Tokens are issued in whole seconds: one capped at the subject's expiry must still get one. */
    private static void checkLivesOn(Instant expiresAt, Instant now) {
        if (!expiresAt.truncatedTo(ChronoUnit.SECONDS).isAfter(now.truncatedTo(ChronoUnit.SECONDS))) {
            throw refused("subject_token expires within the second");
        }
    }

    /** The scope asked for, within the subject token's and the client's; the subject token's when none is. */
    private static Scopes scope(TokenRequest request, Subject subject, Client client) {
        Scopes requested = request.scope();
        if (requested.isEmpty()) {
            requested = subject.assertion().isPresent() ? Scopes.NONE : subject.scope();
        } else if (!subject.scope().containsAll(requested)) {
            throw new OAuthException(ErrorCode.INVALID_SCOPE,
                    "scope holds a scope the subject_token does not have: an exchanged token never has more");
        }
        return client.permitScope(requested, "scope");
    }

    /** The {@code resource} values (RFC 8707) and Box's {@code box_shared_link}: absolute URIs without a fragment. */
    private static List<String> resources(TokenRequest request) {
        List<String> resources = new ArrayList<>();
        for (String parameter : List.of("resource", "box_shared_link")) {
            for (String value : request.optional(parameter).map(raw -> raw.split(" ")).orElse(new String[0])) {
                if (!value.isEmpty()) {
                    resources.add(absolute(value, parameter));
                }
            }
        }
        return resources;
    }

    private static String absolute(String value, String parameter) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && uri.getRawFragment() == null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new OAuthException(ErrorCode.INVALID_TARGET, parameter + " must be an absolute URI without a fragment");
    }

    /**
     * The resources and audiences asked for, or the subject token's audience when none is. The audiences must be
     * registered for the client; when the subject token has an audience, each value must be one of it, or a resource
     * under one of it.
     */
    private static Audience audience(TokenRequest request, List<String> resources, Subject subject, Client client) {
        Audience requested = request.audience();
        if (!client.metadata().audience().containsAll(requested)) {
            throw new OAuthException(ErrorCode.INVALID_TARGET, "audience holds an audience the client is not registered for");
        }
        Set<String> targets = new LinkedHashSet<>(resources);
        targets.addAll(requested.values());
        if (targets.isEmpty()) {
            return subject.audience();
        }
        if (!subject.audience().isEmpty()) {
            for (String target : targets) {
                boolean within = subject.audience().values().stream().anyMatch(allowed -> target.equals(allowed)
                        || resources.contains(target) && target.startsWith(allowed.endsWith("/") ? allowed : allowed + "/"));
                if (!within) {
                    throw new OAuthException(ErrorCode.INVALID_TARGET,
                            "resource or audience lies outside the audience of the subject_token");
                }
            }
        }
        return Audience.of(targets);
    }

    /** The subject token's further claims, with {@code act} naming the actor and the subject token's own actors. */
    private JsonDocument claims(TokenRequest request, Subject subject, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>(subject.claims().members());
        Object prior = claims.remove("act");
        Optional<Map<String, Object>> actor = request.optional("actor_token").map(token -> actor(token, now));
        if (actor.isPresent()) {
            Map<String, Object> act = new LinkedHashMap<>(actor.get());
            if (prior != null) {
                act.put("act", prior);
            }
            if (depth(act) > MAX_ACTORS) {
                throw OAuthException.invalidRequest("the delegation chain is longer than " + MAX_ACTORS + " actors");
            }
            claims.put("act", act);
        } else if (prior != null) {
            claims.put("act", prior);
        }
        return new JsonDocument(claims);
    }

    /** Who the actor token names: an active access token issued here, or a JWT from a trusted issuer. */
    private Map<String, Object> actor(String actorToken, Instant now) {
        Optional<TokenRecord> own = ownRecord(actorToken);
        if (own.isPresent()) {
            TokenRecord record = own.get();
            if (record.kind() != TokenKind.ACCESS_TOKEN || !record.isActiveAt(now)) {
                throw refused("actor_token is not an active access token");
            }
            Map<String, Object> act = new LinkedHashMap<>();
            act.put("sub", record.subject().orElse(record.clientId().value()));
            act.put("client_id", record.clientId().value());
            return act;
        }
        if (!assertions.looksLikeJwt(actorToken)) {
            throw refused("actor_token is not an access token issued here, nor a JWT");
        }
        VerifiedAssertion assertion = assertions.verify(actorToken, "the actor_token");
        Map<String, Object> act = new LinkedHashMap<>();
        act.put("iss", assertion.issuer());
        act.put("sub", assertion.subject());
        return act;
    }

    private static int depth(Object act) {
        int depth = 0;
        while (act instanceof Map<?, ?> map) {
            depth++;
            act = map.get("act");
        }
        return depth;
    }

    /**
     * A revocation of the subject token that ran between its check and the new record's insert would have missed
     * the new token: look again now that it is stored, and revoke it if so.
     */
    private void undoIfSubjectRevokedMeanwhile(TokenSignature subject, IssuedToken issued) {
        boolean stillActive = records.find(subject).map(record -> !record.revoked()).orElse(false);
        if (!stillActive) {
            records.revoke(issued.record().signature());
            throw refused("subject_token was revoked while it was exchanged");
        }
    }

    /** RFC 8693 §2.2.1's {@code issued_token_type}, and Box's {@code restricted_to} for a token limited to resources. */
    private static JsonDocument additional(List<String> resources, Scopes scope) {
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("issued_token_type", ACCESS_TOKEN_TYPE);
        if (!resources.isEmpty()) {
            List<Object> restrictions = new ArrayList<>();
            for (String resource : new LinkedHashSet<>(resources)) {
                Map<String, Object> object = Map.of("type", "resource", "id", resource);
                if (scope.isEmpty()) {
                    restrictions.add(Map.of("object", object));
                }
                for (String value : scope.values()) {
                    restrictions.add(Map.of("scope", value, "object", object));
                }
            }
            additional.put("restricted_to", restrictions);
        }
        return new JsonDocument(additional);
    }

    private static OAuthException refused(String description) {
        return new OAuthException(ErrorCode.INVALID_GRANT, description);
    }
}

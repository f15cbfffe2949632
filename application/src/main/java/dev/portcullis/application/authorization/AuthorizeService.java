package dev.portcullis.application.authorization;

import dev.portcullis.application.grant.flow.FlowTokens;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.token.AccessTokens;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.AuthorizationRequest;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.authorization.LoginAcceptance;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.authorization.Rejection;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Prompt;
import dev.portcullis.domain.grant.ResponseMode;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The authorization endpoint's three entries (DESIGN.md §5): a new request becomes a flow and goes to the login
 * app; the login verifier leads to the consent app; the consent verifier yields the code. Each verifier is
 * accepted once, and only from the browser holding the flow's CSRF cookie.
 */
public final class AuthorizeService implements AuthorizeUseCase {

    /** Remembered "forever" still needs a date storage can hold. */
    static final Duration FOREVER = Duration.ofDays(365L * 100);

    private static final String VERIFIER_UNUSABLE = "the verifier is unknown, expired or was used already";

    private final RequestReader reader;
    private final RequestObjects requestObjects;
    private final FlowTokens flowTokens;
    private final ClientRepository clients;
    private final FlowRepository flows;
    private final BrowserSessions sessions;
    private final FlowSecrets secrets;
    private final IdTokenHints hints;
    private final Randomness randomness;
    private final TokenSettings tokenSettings;
    private final AuthorizationSettings settings;
    private final Clock clock;

    public AuthorizeService(ClientRepository clients, FlowRepository flows, BrowserSessions sessions,
                            FlowSecrets secrets, IdTokenHints hints, Randomness randomness, TokenSettings tokenSettings,
                            AuthorizationSettings settings, RequestObjects requestObjects, FlowTokens flowTokens,
                            Clock clock) {
        this.reader = new RequestReader(clients, hints, settings);
        this.requestObjects = requestObjects;
        this.flowTokens = flowTokens;
        this.clients = clients;
        this.flows = flows;
        this.sessions = sessions;
        this.secrets = secrets;
        this.hints = hints;
        this.randomness = randomness;
        this.tokenSettings = tokenSettings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public BrowserResponse authorize(BrowserRequest request, AuthorizationDialect dialect) {
        Optional<String> loginVerifier = request.parameter("login_verifier");
        if (loginVerifier.isPresent()) {
            return afterLogin(request, loginVerifier.get());
        }
        Optional<String> consentVerifier = request.parameter("consent_verifier");
        if (consentVerifier.isPresent()) {
            return afterConsent(request, consentVerifier.get());
        }
        Optional<String> combined = settings.loginAndConsentUrl().isPresent()
                ? request.parameter(AuthorizationSettings.COMBINED_CHALLENGE_PARAMETER) : Optional.empty();
        if (combined.isPresent()) {
            return afterCombinedAnswer(request, combined.get());
        }
        return start(request, dialect);
    }

    private BrowserResponse start(BrowserRequest received, AuthorizationDialect dialect) {
        BrowserRequest request = received;
        if (RequestObjects.carriesOne(received)) {
            Client client;
            try {
                client = reader.client(received);
            } catch (OAuthException e) {
                return showError(e.error(), List.of());
            }
            RequestObjects.Resolution resolution = requestObjects.resolve(received, client);
            if (resolution instanceof RequestObjects.Refused refused) {
                return refuseRequestObject(refused);
            }
            request = ((RequestObjects.Resolved) resolution).request();
        }
        RequestReader.Target target;
        try {
            target = reader.target(request);
        } catch (OAuthException e) {
            return showError(e.error(), List.of());
        }
        AuthorizationRequest parsed;
        try {
            parsed = reader.read(request, target, dialect);
        } catch (OAuthException e) {
            return toClientError(target.redirectUri(), target.mode(), request.parameter("state"), e.error(), List.of());
        }
        Instant now = now();
        Optional<LoginSession> remembered = currentSession(request, now)
                .filter(session -> !parsed.prompt().has(Prompt.Value.LOGIN))
                .filter(session -> session.admits(now, parsed.maxAge()))
                .filter(session -> hints.names(parsed.idTokenHint(), session.subject()));
        if (parsed.prompt().has(Prompt.Value.NONE) && remembered.isEmpty()) {
            return toClientError(parsed, new OAuthError(ErrorCode.LOGIN_REQUIRED,
                    "prompt=none, but the user is not logged in (or not as the id_token_hint says, or too long ago)"),
                    List.of());
        }
        GrantId id = GrantId.startingAt(clock.millis(), randomness.nextBytes(GrantId.RANDOM_BYTES));
        String csrf = request.cookie(CookieChange.CSRF).filter(FlowSecrets::looksLikeOne).orElseGet(secrets::next);
        String challenge = secrets.next();
        AuthorizationFlow flow = AuthorizationFlow.start(id, parsed, now, secrets.hash(csrf), secrets.hash(challenge),
                remembered, now.plus(settings.requestLifespan()));
        if (!flows.add(flow)) {
            throw new IllegalStateException("two flows with one id: the randomness source is broken");
        }
        String app = settings.loginAndConsentUrl()
                .map(url -> Urls.withQuery(url, Map.of(AuthorizationSettings.COMBINED_CHALLENGE_PARAMETER, challenge)))
                .orElseGet(() -> Urls.withQuery(settings.loginUrl(), Map.of("login_challenge", challenge)));
        return new BrowserResponse.Redirect(app,
                List.of(CookieChange.set(CookieChange.CSRF, csrf, Optional.of(settings.requestLifespan()))));
    }

    private BrowserResponse afterLogin(BrowserRequest request, String verifier) {
        Instant now = now();
        Arrival arrival = arrive(request, FlowRepository.Key.LOGIN_VERIFIER, "login_verifier", verifier,
                FlowStage.LOGIN_ANSWERED, now);
        if (arrival.refusal() != null) {
            return arrival.refusal();
        }
        AuthorizationFlow flow = arrival.flow();
        Client client = arrival.client();
        LoginAcceptance login = flow.login().orElseThrow();
        AuthorizationRequest authorization = flow.request();
        if (!hints.names(authorization.idTokenHint(), login.subject())) {
            return fail(flow, new OAuthError(ErrorCode.LOGIN_REQUIRED, "the user who logged in is not the id_token_hint's"));
        }
        boolean skipConsent = client.metadata().skipConsent()
                || (!authorization.prompt().has(Prompt.Value.CONSENT) && consentRemembered(login.subject(), flow, now));
        if (authorization.prompt().has(Prompt.Value.NONE) && !skipConsent) {
            return fail(flow, new OAuthError(ErrorCode.CONSENT_REQUIRED,
                    "prompt=none, but the user has not consented to this request before"));
        }
        String sessionId = flow.remembered().map(LoginSession::id).orElseGet(secrets::next);
        String challenge = secrets.next();
        if (!flows.update(flow.requestConsent(sessionId, secrets.hash(challenge), skipConsent))) {
            return showError(OAuthException.invalidRequest("login_verifier: " + VERIFIER_UNUSABLE).error(), List.of());
        }
        List<CookieChange> cookies = new ArrayList<>();
        if (flow.remembered().isEmpty()) {
            replaceLogin(request, sessionId, login, now, cookies);
        }
        return new BrowserResponse.Redirect(
                Urls.withQuery(settings.consentUrl(), Map.of("consent_challenge", challenge)), cookies);
    }

    private BrowserResponse afterConsent(BrowserRequest request, String verifier) {
        Instant now = now();
        Arrival arrival = arrive(request, FlowRepository.Key.CONSENT_VERIFIER, "consent_verifier", verifier,
                FlowStage.CONSENT_ANSWERED, now);
        if (arrival.refusal() != null) {
            return arrival.refusal();
        }
        // An answered consent without a rejection, which arrive() turned away, was accepted.
        return issueCode(arrival.flow(), arrival.client(), now, "consent_verifier", List.of());
    }

    /**
     * The browser back from the combined login and consent app, with the challenge it was sent there with.
     * The app answered both questions at once ({@link AcceptLoginAndConsentService}); the CSRF cookie proves
     * that this is the browser that started the flow, so the challenge may stand in for the two verifiers.
     */
    private BrowserResponse afterCombinedAnswer(BrowserRequest request, String challenge) {
        Instant now = now();
        String parameter = AuthorizationSettings.COMBINED_CHALLENGE_PARAMETER;
        Optional<AuthorizationFlow> waiting = secrets.hashPresented(challenge)
                .flatMap(hash -> flows.findBy(FlowRepository.Key.LOGIN_CHALLENGE, hash))
                .filter(flow -> flow.stage() == FlowStage.LOGIN_REQUESTED && now.isBefore(flow.expiresAt()));
        if (waiting.isPresent()) {
            return showError(OAuthException.invalidRequest(
                    parameter + ": the login and consent app has not answered this request yet").error(), List.of());
        }
        Arrival arrival = arrive(request, FlowRepository.Key.LOGIN_CHALLENGE, parameter, challenge,
                Set.of(FlowStage.LOGIN_ANSWERED, FlowStage.CONSENT_ANSWERED), now);
        if (arrival.refusal() != null) {
            return arrival.refusal();
        }
        AuthorizationFlow flow = arrival.flow();
        if (flow.consent().isEmpty()) {
            // Only a login was accepted, through the separate login app's API: the combined app has not answered.
            return showError(OAuthException.invalidRequest(
                    parameter + ": the login and consent app has not answered this request yet").error(), List.of());
        }
        LoginAcceptance login = flow.login().orElseThrow();
        if (!hints.names(flow.request().idTokenHint(), login.subject())) {
            return fail(flow, new OAuthError(ErrorCode.LOGIN_REQUIRED, "the user who logged in is not the id_token_hint's"));
        }
        List<CookieChange> cookies = new ArrayList<>();
        if (flow.remembered().isEmpty()) {
            replaceLogin(request, flow.sessionId().orElseThrow(), login, now, cookies);
        }
        return issueCode(flow, arrival.client(), now, parameter, cookies);
    }

    /** A refused request object's error, to the first trusted redirect URI it may go to, or shown. */
    private BrowserResponse refuseRequestObject(RequestObjects.Refused refused) {
        for (BrowserRequest candidate : refused.errorTargets()) {
            try {
                RequestReader.Target target = reader.target(candidate);
                return toClientError(target.redirectUri(), target.mode(), candidate.parameter("state"), refused.error(),
                        List.of());
            } catch (OAuthException untrusted) {
                // RFC 6749 §4.1.2.1: not to this redirect URI; perhaps to the next.
            }
        }
        return showError(refused.error(), List.of());
    }

    /**
     * The last step of every flow: a code for the consent the flow holds, sent to the client; for an implicit
     * request, its tokens instead.
     */
    private BrowserResponse issueCode(AuthorizationFlow flow, Client client, Instant now, String parameter,
                                      List<CookieChange> cookies) {
        if (flow.request().isImplicit()) {
            return issueTokens(flow, client, now, parameter, cookies);
        }
        ConsentAcceptance consent = flow.consent().orElseThrow();
        String code = secrets.next(AccessTokens.CODE_PREFIX);
        Instant codeExpiry = now.plus(settings.codeLifespan());
        if (!flows.update(flow.issueCode(secrets.hash(code), codeExpiry, keepUntil(client, consent, codeExpiry, now)))) {
            return showError(OAuthException.invalidRequest(parameter + ": " + VERIFIER_UNUSABLE).error(), List.of());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        flow.request().state().ifPresent(state -> parameters.put("state", state));
        parameters.put("iss", tokenSettings.issuerValue());
        return new BrowserResponse.ToClient(flow.request().redirectUri(), flow.request().responseMode(), parameters,
                cookies);
    }

    /**
     * The implicit flow (OIDC Core §3.2): the flow becomes a consent in force, as a redeemed code makes it, and
     * its tokens go to the client, which the request's response mode (by default the fragment) keeps out of
     * the query.
     */
    private BrowserResponse issueTokens(AuthorizationFlow flow, Client client, Instant now, String parameter,
                                        List<CookieChange> cookies) {
        AuthorizationFlow issued = flow.issueTokens(keepUntilImplicit(client, flow.consent().orElseThrow(), now));
        if (!flows.update(issued)) {
            return showError(OAuthException.invalidRequest(parameter + ": " + VERIFIER_UNUSABLE).error(), List.of());
        }
        boolean withAccessToken = flow.request().responseType().contains(ResponseType.TOKEN_VALUE);
        FlowTokens.ImplicitTokens tokens = flowTokens.issueImplicit(client, issued.consented().orElseThrow(),
                withAccessToken);
        Map<String, String> parameters = new LinkedHashMap<>();
        tokens.accessToken().ifPresent(access -> {
            parameters.put("access_token", access.value());
            parameters.put("token_type", TokenType.BEARER.rfcName());
            parameters.put("expires_in", Long.toString(access.expiresIn()));
        });
        parameters.put("id_token", tokens.idToken());
        flow.request().state().ifPresent(state -> parameters.put("state", state));
        parameters.put("iss", tokenSettings.issuerValue());
        return new BrowserResponse.ToClient(flow.request().redirectUri(), flow.request().responseMode(), parameters,
                cookies);
    }

    /** How long an implicit flow must be kept: while its access token or its remembered consent may be used. */
    private Instant keepUntilImplicit(Client client, ConsentAcceptance consent, Instant now) {
        Instant until = now.plus(tokenSettings.lifespan(client, GrantType.IMPLICIT, TokenKind.ACCESS_TOKEN));
        until = later(until, now.plus(tokenSettings.lifespan(client, GrantType.IMPLICIT, TokenKind.ID_TOKEN)));
        Optional<Instant> remembered = consent.rememberedUntil();
        if (remembered.isPresent()) {
            until = later(until, remembered.get().equals(Instant.MAX) ? now.plus(FOREVER) : remembered.get());
        }
        return until;
    }

    /**
     * A browser back with a verifier: the flow and its client, or the answer that ends the request there (an
     * error page for an unusable verifier or a foreign browser, the error to the client after a rejection).
     */
    private record Arrival(AuthorizationFlow flow, Client client, BrowserResponse refusal) {
    }

    private Arrival arrive(BrowserRequest request, FlowRepository.Key key, String parameter, String verifier,
                           FlowStage stage, Instant now) {
        return arrive(request, key, parameter, verifier, Set.of(stage), now);
    }

    private Arrival arrive(BrowserRequest request, FlowRepository.Key key, String parameter, String verifier,
                           Set<FlowStage> stages, Instant now) {
        Optional<AuthorizationFlow> found = usable(key, verifier, stages, now);
        if (found.isEmpty()) {
            return refused(showError(OAuthException.invalidRequest(parameter + ": " + VERIFIER_UNUSABLE).error(), List.of()));
        }
        AuthorizationFlow flow = found.get();
        Optional<BrowserResponse> foreign = refuseForeignBrowser(request, flow);
        if (foreign.isPresent()) {
            return refused(foreign.get());
        }
        Optional<Client> client = clients.find(flow.request().clientId()).filter(Client::isEnabled);
        if (client.isEmpty()) {
            return refused(showError(new OAuthError(ErrorCode.INVALID_CLIENT, "the client was removed or disabled"),
                    List.of()));
        }
        if (flow.rejection().isPresent()) {
            return refused(fail(flow, flow.rejection().get().toOAuthError()));
        }
        // A skipped login stood on the browser's session: it must still be the browser's, and still valid.
        if (flow.remembered().isPresent() && currentSession(request, now).map(LoginSession::id)
                .filter(flow.remembered().get().id()::equals).isEmpty()) {
            return refused(fail(flow, new OAuthError(ErrorCode.LOGIN_REQUIRED,
                    "the login session this request relied on has ended")));
        }
        return new Arrival(flow, client.get(), null);
    }

    private static Arrival refused(BrowserResponse refusal) {
        return new Arrival(null, null, refusal);
    }

    /** The flow whose {@code key} is the hash of {@code presented}, if it is at one of {@code stages} and not expired. */
    private Optional<AuthorizationFlow> usable(FlowRepository.Key key, String presented, Set<FlowStage> stages,
                                               Instant now) {
        return secrets.hashPresented(presented).flatMap(hash -> flows.findBy(key, hash))
                .filter(flow -> stages.contains(flow.stage()) && now.isBefore(flow.expiresAt()));
    }

    /** A verifier is honoured only from the browser that started the flow (its CSRF cookie). */
    private Optional<BrowserResponse> refuseForeignBrowser(BrowserRequest request, AuthorizationFlow flow) {
        if (request.cookie(CookieChange.CSRF).flatMap(secrets::hashPresented).filter(flow.csrf()::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(showError(OAuthException.invalidRequest(
                "this browser did not start the authorization request (its CSRF cookie is missing or wrong)").error(),
                List.of()));
    }

    /**
     * A fresh login replaces whatever session the browser had (which may be another user's), and is remembered
     * only when the login app asked for it.
     */
    private void replaceLogin(BrowserRequest request, String sessionId, LoginAcceptance login, Instant now,
                              List<CookieChange> cookies) {
        sessions.of(request).ifPresent(previous -> sessions.end(previous.id()));
        if (!login.remember()) {
            if (request.cookie(CookieChange.SESSION).isPresent()) {
                cookies.add(CookieChange.delete(CookieChange.SESSION));
            }
            return;
        }
        String cookie = secrets.next();
        Duration lifespan = login.rememberFor().isZero() ? settings.sessionLifespan() : login.rememberFor();
        LoginSession session = new LoginSession(sessionId, secrets.hash(cookie), login.subject(),
                login.authenticatedAt(), true, now.plus(lifespan));
        sessions.start(session);
        cookies.add(CookieChange.set(CookieChange.SESSION, cookie,
                login.rememberFor().isZero() ? Optional.empty() : Optional.of(login.rememberFor())));
    }

    private boolean consentRemembered(String subject, AuthorizationFlow flow, Instant now) {
        return flows.findConsented(subject, Optional.of(flow.request().clientId())).stream()
                .flatMap(previous -> previous.consent().stream())
                .anyMatch(consent -> consent.covers(flow.request().scope(), flow.request().audience(), now));
    }

    /** How long the flow must be kept: while its code, its tokens or its remembered consent may be used. */
    private Instant keepUntil(Client client, ConsentAcceptance consent, Instant codeExpiry, Instant now) {
        Instant until = codeExpiry;
        until = later(until, now.plus(tokenSettings.lifespan(client, GrantType.AUTHORIZATION_CODE, TokenKind.ACCESS_TOKEN)));
        if (consent.grantScope().grantsRefreshToken()) {
            until = later(until, now.plus(tokenSettings.lifespan(client, GrantType.AUTHORIZATION_CODE, TokenKind.REFRESH_TOKEN)));
        }
        Optional<Instant> remembered = consent.rememberedUntil();
        if (remembered.isPresent()) {
            until = later(until, remembered.get().equals(Instant.MAX) ? now.plus(FOREVER) : remembered.get());
        }
        return until;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Optional<LoginSession> currentSession(BrowserRequest request, Instant now) {
        return sessions.current(request, now);
    }

    private BrowserResponse fail(AuthorizationFlow flow, OAuthError error) {
        if (!flows.update(flow.fail(flow.rejection()))) {
            return showError(OAuthException.invalidRequest(VERIFIER_UNUSABLE).error(), List.of());
        }
        return toClientError(flow.request(), error, List.of());
    }

    private BrowserResponse toClientError(AuthorizationRequest request, OAuthError error, List<CookieChange> cookies) {
        return toClientError(request.redirectUri(), request.responseMode(), request.state(), error, cookies);
    }

    private BrowserResponse toClientError(String redirectUri, ResponseMode mode, Optional<String> state, OAuthError error,
                                          List<CookieChange> cookies) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error.code().value());
        parameters.put("error_description", error.description());
        state.ifPresent(value -> parameters.put("state", value));
        parameters.put("iss", tokenSettings.issuerValue());
        return new BrowserResponse.ToClient(redirectUri, mode, parameters, cookies);
    }

    private BrowserResponse showError(OAuthError error, List<CookieChange> cookies) {
        return ErrorPages.show(settings, error, cookies);
    }

    private Instant now() {
        return StoredTime.now(clock);
    }
}

package dev.portcullis.application.authorization;

import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.LoginSessionRepository;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.token.TokenSettings;

import dev.portcullis.domain.authorization.LoginSession;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** What every use case of the flow shares: its storage, its secrets, its settings and the clock. */
public final class AuthorizationContext {

    private final ClientRepository clients;
    private final FlowRepository flows;
    private final LoginSessionRepository loginSessions;
    private final LogoutRequestRepository logoutRequests;
    private final Secrets secrets;
    private final RequestReader reader;
    private final TokenSettings tokenSettings;
    private final AuthorizationSettings settings;
    private final Clock clock;

    public AuthorizationContext(ClientRepository clients, FlowRepository flows, LoginSessionRepository loginSessions,
                                LogoutRequestRepository logoutRequests, Randomness randomness, TokenDigest digest,
                                TokenCodec codec, KeyRing keyRing, TokenSettings tokenSettings,
                                AuthorizationSettings settings, Clock clock) {
        this.clients = clients;
        this.flows = flows;
        this.loginSessions = loginSessions;
        this.logoutRequests = logoutRequests;
        this.secrets = new Secrets(randomness, digest);
        this.reader = new RequestReader(clients, codec, keyRing, settings, tokenSettings.issuerValue());
        this.tokenSettings = tokenSettings;
        this.settings = settings;
        this.clock = clock;
    }

    ClientRepository clients() { return clients; }
    FlowRepository flows() { return flows; }
    LoginSessionRepository loginSessions() { return loginSessions; }
    LogoutRequestRepository logoutRequests() { return logoutRequests; }
    Secrets secrets() { return secrets; }
    RequestReader reader() { return reader; }
    TokenSettings tokenSettings() { return tokenSettings; }
    AuthorizationSettings settings() { return settings; }
    Clock clock() { return clock; }

    /** Now, to the millisecond that storage keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The login session the browser's session cookie names, expired or not. */
    Optional<LoginSession> browserSession(BrowserRequest request) {
        return request.cookie(CookieChange.SESSION).flatMap(secrets::hashPresented).flatMap(loginSessions::findByCookie);
    }
}

package dev.portcullis.bootstrap.wiring;

import dev.portcullis.adapters.rest.oauth.authorize.AuthorizationController;
import dev.portcullis.adapters.rest.oauth.logout.EndSessionController;
import dev.portcullis.adapters.rest.ui.BuiltInLogin;
import dev.portcullis.application.authorization.AcceptConsentRequestService;
import dev.portcullis.application.authorization.AcceptConsentRequestUseCase;
import dev.portcullis.application.authorization.AcceptLoginAndConsentService;
import dev.portcullis.application.authorization.AcceptLoginAndConsentUseCase;
import dev.portcullis.application.authorization.AcceptLoginRequestService;
import dev.portcullis.application.authorization.LogoutAtOnceService;
import dev.portcullis.application.authorization.LogoutAtOnceUseCase;
import dev.portcullis.application.authorization.AcceptLoginRequestUseCase;
import dev.portcullis.application.authorization.AcceptLogoutRequestService;
import dev.portcullis.application.authorization.AcceptLogoutRequestUseCase;
import dev.portcullis.application.authorization.AuthorizationSettings;
import dev.portcullis.application.authorization.AuthorizeService;
import dev.portcullis.application.authorization.AuthorizeUseCase;
import dev.portcullis.application.authorization.BrowserSessions;
import dev.portcullis.application.authorization.EndLoginSessionsService;
import dev.portcullis.application.authorization.EndLoginSessionsUseCase;
import dev.portcullis.application.authorization.EndSessionService;
import dev.portcullis.application.authorization.EndSessionUseCase;
import dev.portcullis.application.authorization.FlowSecrets;
import dev.portcullis.application.authorization.GetConsentRequestService;
import dev.portcullis.application.authorization.GetConsentRequestUseCase;
import dev.portcullis.application.authorization.GetLoginRequestService;
import dev.portcullis.application.authorization.GetLoginRequestUseCase;
import dev.portcullis.application.authorization.GetLogoutRequestService;
import dev.portcullis.application.authorization.GetLogoutRequestUseCase;
import dev.portcullis.application.authorization.IdTokenHints;
import dev.portcullis.application.authorization.RequestObjects;
import dev.portcullis.application.authorization.ListConsentSessionsService;
import dev.portcullis.application.authorization.ListConsentSessionsUseCase;
import dev.portcullis.application.authorization.RejectConsentRequestService;
import dev.portcullis.application.authorization.RejectConsentRequestUseCase;
import dev.portcullis.application.authorization.RejectLoginRequestService;
import dev.portcullis.application.authorization.RejectLoginRequestUseCase;
import dev.portcullis.application.authorization.RejectLogoutRequestService;
import dev.portcullis.application.authorization.RejectLogoutRequestUseCase;
import dev.portcullis.application.authorization.RevokeConsentSessionsService;
import dev.portcullis.application.authorization.RevokeConsentSessionsUseCase;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.flow.FlowTokens;
import dev.portcullis.application.grant.flow.GrantRevocation;
import dev.portcullis.application.grant.flow.IdTokens;
import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.LoginSessionRepository;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.PasswordHasher;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.application.token.ClientKeys;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.application.user.LocalUser;
import dev.portcullis.application.user.SignInService;
import dev.portcullis.application.user.SignInUseCase;
import dev.portcullis.application.userinfo.GetUserinfoService;
import dev.portcullis.application.userinfo.GetUserinfoUseCase;
import dev.portcullis.bootstrap.config.AuthorizationProperties;
import dev.portcullis.bootstrap.config.Hydra0Properties;
import dev.portcullis.bootstrap.config.UrlsProperties;
import dev.portcullis.bootstrap.config.UserProperties;
import dev.portcullis.domain.client.JsonDocument;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The authorization code flow: its settings, use cases, ID tokens, userinfo and the built-in app's users. */
@Factory
final class AuthorizationFactory {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFactory.class);
    /** The user application.yml ships for the walkthrough. */
    private static final String DEMO_USER = "demo";
    /** The built-in login's acr unless configured: a password sign-in on this server. */
    private static final String DEFAULT_ACR = "urn:portcullis:password";

    @Singleton
    AuthorizationSettings authorizationSettings(TokenSettings tokens, UrlsProperties urls, AuthorizationProperties flow,
                                                Hydra0Properties hydra0) {
        String issuer = tokens.issuerValue();
        try {
            return new AuthorizationSettings(
                    orBuiltIn(urls.login(), issuer + "/ui/login"),
                    orBuiltIn(urls.consent(), issuer + "/ui/consent"),
                    orBuiltIn(urls.logout(), issuer + "/ui/logout"),
                    Optional.ofNullable(urls.error()).filter(url -> !url.isBlank()),
                    orBuiltIn(urls.postLogout(), issuer + "/ui/logged-out"),
                    issuer + AuthorizationController.PATH, issuer + EndSessionController.PATH,
                    flow.codeLifespan(), flow.requestLifespan(), flow.sessionLifespan(), flow.pkceRequired(),
                    flow.pkceAllowPlain(), Optional.ofNullable(hydra0.consentUrl()).filter(url -> !url.isBlank()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("portcullis.authorization: " + e.getMessage(), e);
        }
    }

    // What the flow's use cases share: its one-time secrets, the ID tokens it reads as hints, the browser's session.

    @Singleton
    FlowSecrets flowSecrets(Randomness randomness, TokenDigest digest) {
        return new FlowSecrets(randomness, digest);
    }

    @Singleton
    IdTokenHints idTokenHints(TokenCodec codec, KeyRing keyRing, TokenSettings tokens) {
        return new IdTokenHints(codec, keyRing, tokens.issuerValue());
    }

    @Singleton
    BrowserSessions browserSessions(LoginSessionRepository sessions, FlowSecrets secrets) {
        return new BrowserSessions(sessions, secrets);
    }

    // The authorization and end-session endpoints.

    @Singleton
    RequestObjects requestObjects(ForeignJwts jwts, RemoteDocuments documents, ClientKeys keys, TokenSettings tokens,
                                  Clock clock) {
        return new RequestObjects(jwts, documents, keys, tokens.issuerValue(), clock);
    }

    @Singleton
    AuthorizeUseCase authorize(ClientRepository clients, FlowRepository flows, BrowserSessions sessions, FlowSecrets secrets,
                               IdTokenHints hints, Randomness randomness, TokenSettings tokens,
                               AuthorizationSettings settings, RequestObjects requestObjects, FlowTokens flowTokens,
                               Clock clock) {
        return new AuthorizeService(clients, flows, sessions, secrets, hints, randomness, tokens, settings, requestObjects,
                flowTokens, clock);
    }

    @Singleton
    EndSessionUseCase endSession(ClientRepository clients, LogoutRequestRepository logouts, BrowserSessions sessions,
                                 FlowSecrets secrets, IdTokenHints hints, AuthorizationSettings settings, Clock clock) {
        return new EndSessionService(clients, logouts, sessions, secrets, hints, settings, clock);
    }

    @Singleton
    LogoutAtOnceUseCase logoutAtOnce(ClientRepository clients, BrowserSessions sessions, AuthorizationSettings settings,
                                     Clock clock) {
        return new LogoutAtOnceService(clients, sessions, settings, clock);
    }

    // The login, consent and logout requests the login and consent app answers.

    @Singleton
    GetLoginRequestUseCase getLoginRequest(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                           IdTokenHints hints, Clock clock) {
        return new GetLoginRequestService(flows, clients, secrets, hints, clock);
    }

    @Singleton
    AcceptLoginRequestUseCase acceptLoginRequest(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                                 Clock clock) {
        return new AcceptLoginRequestService(flows, secrets, settings, clock);
    }

    @Singleton
    AcceptLoginAndConsentUseCase acceptLoginAndConsent(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                                       Clock clock) {
        return new AcceptLoginAndConsentService(flows, clients, secrets, clock);
    }

    @Singleton
    RejectLoginRequestUseCase rejectLoginRequest(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                                 Clock clock) {
        return new RejectLoginRequestService(flows, secrets, settings, clock);
    }

    @Singleton
    GetConsentRequestUseCase getConsentRequest(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                               IdTokenHints hints, Clock clock) {
        return new GetConsentRequestService(flows, clients, secrets, hints, clock);
    }

    @Singleton
    AcceptConsentRequestUseCase acceptConsentRequest(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                                     AuthorizationSettings settings, Clock clock) {
        return new AcceptConsentRequestService(flows, clients, secrets, settings, clock);
    }

    @Singleton
    RejectConsentRequestUseCase rejectConsentRequest(FlowRepository flows, FlowSecrets secrets,
                                                     AuthorizationSettings settings, Clock clock) {
        return new RejectConsentRequestService(flows, secrets, settings, clock);
    }

    @Singleton
    GetLogoutRequestUseCase getLogoutRequest(LogoutRequestRepository logouts, ClientRepository clients,
                                             FlowSecrets secrets, Clock clock) {
        return new GetLogoutRequestService(logouts, clients, secrets, clock);
    }

    @Singleton
    AcceptLogoutRequestUseCase acceptLogoutRequest(LogoutRequestRepository logouts, FlowSecrets secrets,
                                                   AuthorizationSettings settings, Clock clock) {
        return new AcceptLogoutRequestService(logouts, secrets, settings, clock);
    }

    @Singleton
    RejectLogoutRequestUseCase rejectLogoutRequest(LogoutRequestRepository logouts, FlowSecrets secrets, Clock clock) {
        return new RejectLogoutRequestService(logouts, secrets, clock);
    }

    // Remembered consents and login sessions.

    @Singleton
    ListConsentSessionsUseCase listConsentSessions(FlowRepository flows, ClientRepository clients) {
        return new ListConsentSessionsService(flows, clients);
    }

    @Singleton
    RevokeConsentSessionsUseCase revokeConsentSessions(FlowRepository flows, GrantRevocation revocation) {
        return new RevokeConsentSessionsService(flows, revocation);
    }

    @Singleton
    EndLoginSessionsUseCase endLoginSessions(LoginSessionRepository sessions) {
        return new EndLoginSessionsService(sessions);
    }

    // The tokens of a consented flow, for the code and refresh grants.

    @Singleton
    IdTokens idTokens(TokenSettings settings, TokenCodec codec, KeyRing keyRing, Randomness randomness, Clock clock) {
        return new IdTokens(settings, codec, keyRing, randomness, clock);
    }

    @Singleton
    FlowTokens flowTokens(TokenIssuer tokens, IdTokens idTokens) {
        return new FlowTokens(tokens, idTokens);
    }

    @Singleton
    GrantRevocation grantRevocation(FlowRepository flows, TokenRepository tokens) {
        return new GrantRevocation(flows, tokens);
    }

    @Singleton
    GetUserinfoUseCase userinfo(TokenRepository tokens, TokenDigest digest, FlowRepository flows, ClientRepository clients,
                                KeyRing keyRing, TokenCodec codec, TokenSettings settings, Clock clock) {
        return new GetUserinfoService(tokens, digest, flows, clients, keyRing, codec, settings, clock);
    }

    /** {@code portcullis.ui.acr}: the acr of the built-in login page's sign-ins. */
    @Singleton
    BuiltInLogin builtInLogin(@Value("${portcullis.ui.acr:" + DEFAULT_ACR + "}") String acr, UrlsProperties urls) {
        try {
            return new BuiltInLogin(acr, urls.login() == null || urls.login().isBlank());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("portcullis.ui.acr: " + e.getMessage(), e);
        }
    }

    /** Built with the context, so that a malformed password hash fails start-up rather than the first login. */
    @Context
    SignInUseCase signIn(List<UserProperties> users, PasswordHasher hasher) {
        if (users.stream().anyMatch(user -> DEMO_USER.equals(user.username()))) {
            LOG.warn("The built-in login page has the documented demo user '{}' (password demo-password): replace "
                    + "portcullis.ui.users before anyone else can reach this server", DEMO_USER);
        }
        try {
            return new SignInService(users.stream().map(AuthorizationFactory::user).toList(), hasher);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("portcullis.ui.users: " + e.getMessage(), e);
        }
    }

    private static LocalUser user(UserProperties user) {
        JsonDocument claims = new JsonDocument(user.claims() == null ? Map.of() : user.claims());
        String subject = user.subject() == null || user.subject().isBlank() ? user.username() : user.subject();
        return new LocalUser(user.username(), subject, user.passwordHash(), claims);
    }

    private static String orBuiltIn(String configured, String builtIn) {
        return configured == null || configured.isBlank() ? builtIn : configured;
    }
}

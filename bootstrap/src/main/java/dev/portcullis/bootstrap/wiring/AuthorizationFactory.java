package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.authorization.AuthorizationContext;
import dev.portcullis.application.authorization.AuthorizationSettings;
import dev.portcullis.application.authorization.AuthorizeService;
import dev.portcullis.application.authorization.AuthorizeUseCase;
import dev.portcullis.application.authorization.ConsentRequestsService;
import dev.portcullis.application.authorization.ConsentRequestsUseCase;
import dev.portcullis.application.authorization.LoginRequestsService;
import dev.portcullis.application.authorization.LoginRequestsUseCase;
import dev.portcullis.application.authorization.LogoutService;
import dev.portcullis.application.authorization.SessionsService;
import dev.portcullis.application.authorization.SessionsUseCase;
import dev.portcullis.application.grant.FlowTokens;
import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.LoginSessionRepository;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.application.port.PasswordHasher;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.application.token.AccessTokens;
import dev.portcullis.application.token.IdTokens;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.application.user.LocalUser;
import dev.portcullis.application.user.SignInService;
import dev.portcullis.application.user.SignInUseCase;
import dev.portcullis.application.userinfo.GetUserinfoService;
import dev.portcullis.application.userinfo.GetUserinfoUseCase;
import dev.portcullis.bootstrap.config.AuthorizationProperties;
import dev.portcullis.bootstrap.config.UrlsProperties;
import dev.portcullis.bootstrap.config.UserProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
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

    @Singleton
    AuthorizationSettings authorizationSettings(TokenSettings tokens, UrlsProperties urls, AuthorizationProperties flow) {
        String issuer = tokens.issuerValue();
        try {
            return new AuthorizationSettings(
                    orBuiltIn(urls.login(), issuer + "/ui/login"),
                    orBuiltIn(urls.consent(), issuer + "/ui/consent"),
                    orBuiltIn(urls.logout(), issuer + "/ui/logout"),
                    Optional.ofNullable(urls.error()).filter(url -> !url.isBlank()),
                    orBuiltIn(urls.postLogout(), issuer + "/ui/logged-out"),
                    flow.codeLifespan(), flow.requestLifespan(), flow.sessionLifespan(), flow.pkceRequired(),
                    flow.pkceAllowPlain());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("portcullis.authorization: " + e.getMessage(), e);
        }
    }

    @Singleton
    AuthorizationContext authorizationContext(ClientRepository clients, FlowRepository flows,
                                              LoginSessionRepository loginSessions,
                                              LogoutRequestRepository logoutRequests, Randomness randomness,
                                              TokenDigest digest, TokenCodec codec, KeyRing keyRing,
                                              TokenSettings tokenSettings, AuthorizationSettings settings, Clock clock) {
        return new AuthorizationContext(clients, flows, loginSessions, logoutRequests, randomness, digest, codec, keyRing,
                tokenSettings, settings, clock);
    }

    @Singleton
    AuthorizeUseCase authorize(AuthorizationContext context, AccessTokens accessTokens) {
        return new AuthorizeService(context, accessTokens);
    }

    @Singleton
    LoginRequestsUseCase loginRequests(AuthorizationContext context) {
        return new LoginRequestsService(context);
    }

    @Singleton
    ConsentRequestsUseCase consentRequests(AuthorizationContext context) {
        return new ConsentRequestsService(context);
    }

    /** One service for the end-session endpoint and the admin API's logout requests. */
    @Singleton
    LogoutService logout(AuthorizationContext context) {
        return new LogoutService(context);
    }

    @Singleton
    SessionsUseCase sessions(AuthorizationContext context, TokenRepository tokens) {
        return new SessionsService(context, tokens);
    }

    @Singleton
    IdTokens idTokens(TokenSettings settings, TokenCodec codec, KeyRing keyRing, Randomness randomness, Clock clock) {
        return new IdTokens(settings, codec, keyRing, randomness, clock);
    }

    @Singleton
    FlowTokens flowTokens(AccessTokens accessTokens, IdTokens idTokens) {
        return new FlowTokens(accessTokens, idTokens);
    }

    @Singleton
    GetUserinfoUseCase userinfo(TokenRepository tokens, TokenDigest digest, FlowRepository flows, Clock clock) {
        return new GetUserinfoService(tokens, digest, flows, clock);
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
        Map<String, Object> claims = user.claims() == null ? Map.of() : Map.copyOf(user.claims());
        String subject = user.subject() == null || user.subject().isBlank() ? user.username() : user.subject();
        return new LocalUser(user.username(), subject, user.passwordHash(), claims);
    }

    private static String orBuiltIn(String configured, String builtIn) {
        return configured == null || configured.isBlank() ? builtIn : configured;
    }
}

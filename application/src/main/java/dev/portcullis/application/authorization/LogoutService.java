package dev.portcullis.application.authorization;

import dev.portcullis.application.client.ClientDocuments;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.authorization.LogoutRequest;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RP-initiated logout. A {@code post_logout_redirect_uri} must be registered by the client the
 * {@code id_token_hint} (or {@code client_id}) names; without a login session there is nothing to confirm and
 * the browser goes straight on. Otherwise the logout app confirms, and the verifier ends the session.
 */
public final class LogoutService implements LogoutUseCase, LogoutRequestsUseCase {

    private final AuthorizationContext context;

    public LogoutService(AuthorizationContext context) {
        this.context = context;
    }

    @Override
    public BrowserResponse logout(BrowserRequest request) {
        if (!request.repeated().isEmpty()) {
            return error("a parameter is repeated");
        }
        Optional<String> verifier = request.parameter("logout_verifier");
        return verifier.isPresent() ? finish(verifier.get()) : start(request);
    }

    private BrowserResponse start(BrowserRequest request) {
        Instant now = now();
        Optional<String> rawHint = request.parameter("id_token_hint");
        Optional<Map<String, Object>> hint = rawHint.flatMap(context.reader()::idTokenHintClaims);
        if (rawHint.isPresent() && hint.isEmpty()) {
            return error("id_token_hint is not an ID token this server issued");
        }
        Optional<String> clientIdValue = request.parameter("client_id").or(() -> hint.flatMap(LogoutService::audience));
        Optional<Client> client = Optional.empty();
        if (clientIdValue.isPresent()) {
            client = ClientId.isWellFormed(clientIdValue.get())
                    ? context.clients().find(new ClientId(clientIdValue.get())).filter(Client::isEnabled) : Optional.empty();
            if (client.isEmpty()) {
                return error("no client has the client_id of this logout request");
            }
            if (hint.isPresent() && !hint.flatMap(LogoutService::audience).equals(clientIdValue)) {
                return error("client_id is not the audience of id_token_hint");
            }
        }
        Optional<String> postLogout = request.parameter("post_logout_redirect_uri");
        if (postLogout.isPresent()) {
            if (client.isEmpty()) {
                return error("post_logout_redirect_uri needs id_token_hint or client_id");
            }
            boolean registered = client.get().metadata().postLogoutRedirectUris().stream()
                    .map(RedirectUri::toString).anyMatch(postLogout.get()::equals);
            if (!registered) {
                return error("post_logout_redirect_uri is not registered for the client");
            }
        }
        Optional<LoginSession> session = context.browserSession(request).filter(found -> now.isBefore(found.expiresAt()));
        if (session.isPresent() && hint.isPresent() && !session.get().subject().equals(hint.get().get("sub"))) {
            return error("id_token_hint names another user than the one logged in");
        }
        if (session.isEmpty()) {
            return new BrowserResponse.Redirect(afterLogout(postLogout, request.parameter("state")),
                    List.of(CookieChange.delete(CookieChange.SESSION)));
        }
        String challenge = context.secrets().next();
        LogoutRequest logout = new LogoutRequest(context.secrets().hash(challenge), 0, LogoutRequest.Stage.REQUESTED,
                session.get().subject(), session.get().id(), client.map(Client::id), postLogout,
                request.parameter("state"), hint.isPresent() || client.isPresent(), request.url(), Optional.empty(),
                now.plus(context.settings().requestLifespan()));
        if (!context.logoutRequests().add(logout)) {
            throw new IllegalStateException("two logout requests with one challenge: the randomness source is broken");
        }
        return new BrowserResponse.Redirect(
                Urls.withQuery(context.settings().logoutUrl(), Map.of("logout_challenge", challenge)), List.of());
    }

    private BrowserResponse finish(String verifier) {
        Optional<LogoutRequest> found = context.secrets().hashPresented(verifier)
                .flatMap(context.logoutRequests()::findByVerifier)
                .filter(request -> request.stage() == LogoutRequest.Stage.ACCEPTED)
                .filter(request -> now().isBefore(request.expiresAt()));
        if (found.isEmpty() || !context.logoutRequests().update(found.get().finish())) {
            return error("logout_verifier: the verifier is unknown, expired or was used already");
        }
        LogoutRequest logout = found.get();
        context.loginSessions().remove(logout.sessionId());
        return new BrowserResponse.Redirect(afterLogout(logout.postLogoutRedirectUri(), logout.state()),
                List.of(CookieChange.delete(CookieChange.SESSION)));
    }

    @Override
    public LogoutRequestView get(String challenge) {
        LogoutRequest logout = waiting(challenge);
        return new LogoutRequestView(challenge, logout.subject(), logout.sessionId(), logout.requestUrl(),
                logout.rpInitiated(), logout.clientId().flatMap(context.clients()::find).map(ClientDocuments::metadataOf));
    }

    @Override
    public Redirection accept(String challenge) {
        LogoutRequest logout = waiting(challenge);
        String verifier = context.secrets().next();
        store(logout.accept(context.secrets().hash(verifier)));
        return new Redirection(Urls.withQuery(context.tokenSettings().issuerValue() + "/oauth2/sessions/logout",
                Map.of("logout_verifier", verifier)));
    }

    @Override
    public void reject(String challenge) {
        store(waiting(challenge).reject());
    }

    private LogoutRequest waiting(String challenge) {
        LogoutRequest logout = context.secrets().hashPresented(challenge).flatMap(context.logoutRequests()::findByChallenge)
                .filter(found -> now().isBefore(found.expiresAt()))
                .orElseThrow(() -> OAuthException.notFound("no pending logout request has this challenge"));
        if (logout.stage() != LogoutRequest.Stage.REQUESTED) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the logout request was answered already");
        }
        return logout;
    }

    private void store(LogoutRequest next) {
        if (!context.logoutRequests().update(next)) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the logout request was answered already");
        }
    }

    private String afterLogout(Optional<String> postLogoutRedirectUri, Optional<String> state) {
        if (postLogoutRedirectUri.isEmpty()) {
            return context.settings().postLogoutUrl();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        state.ifPresent(value -> parameters.put("state", value));
        return Urls.withQuery(postLogoutRedirectUri.get(), parameters);
    }

    private BrowserResponse error(String description) {
        return ErrorPages.show(context.settings(), OAuthException.invalidRequest(description).error(), List.of());
    }

    private static Optional<String> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud instanceof String single) {
            return Optional.of(single);
        }
        if (aud instanceof List<?> list && list.size() == 1 && list.get(0) instanceof String single) {
            return Optional.of(single);
        }
        return Optional.ofNullable(claims.get("azp")).filter(String.class::isInstance).map(String.class::cast);
    }

    private Instant now() {
        return context.now();
    }
}

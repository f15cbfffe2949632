package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.authorization.LogoutRequest;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
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
public final class EndSessionService implements EndSessionUseCase {

    private final ClientRepository clients;
    private final LogoutRequestRepository logouts;
    private final BrowserSessions sessions;
    private final FlowSecrets secrets;
    private final IdTokenHints hints;
    private final AuthorizationSettings settings;
    private final Clock clock;

    public EndSessionService(ClientRepository clients, LogoutRequestRepository logouts, BrowserSessions sessions,
                             FlowSecrets secrets, IdTokenHints hints, AuthorizationSettings settings, Clock clock) {
        this.clients = clients;
        this.logouts = logouts;
        this.sessions = sessions;
        this.secrets = secrets;
        this.hints = hints;
        this.settings = settings;
        this.clock = clock;
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
        Instant now = StoredTime.now(clock);
        Optional<String> rawHint = request.parameter("id_token_hint");
        Optional<JsonDocument> hint = rawHint.flatMap(hints::claims);
        if (rawHint.isPresent() && hint.isEmpty()) {
            return error("id_token_hint is not an ID token this server issued");
        }
        Optional<String> clientIdValue = request.parameter("client_id").or(() -> hint.flatMap(IdTokenHints::audience));
        Optional<Client> client = Optional.empty();
        if (clientIdValue.isPresent()) {
            client = ClientId.isWellFormed(clientIdValue.get())
                    ? clients.find(new ClientId(clientIdValue.get())).filter(Client::isEnabled) : Optional.empty();
            if (client.isEmpty()) {
                return error("no client has the client_id of this logout request");
            }
            if (hint.isPresent() && !hint.flatMap(IdTokenHints::audience).equals(clientIdValue)) {
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
        Optional<LoginSession> session = sessions.current(request, now);
        if (session.isPresent() && hint.isPresent() && !session.get().subject().equals(hint.get().members().get("sub"))) {
            return error("id_token_hint names another user than the one logged in");
        }
        if (session.isEmpty()) {
            return new BrowserResponse.Redirect(afterLogout(postLogout, request.parameter("state")),
                    List.of(CookieChange.delete(CookieChange.SESSION)));
        }
        String challenge = secrets.next();
        LogoutRequest logout = new LogoutRequest(secrets.hash(challenge), 0, LogoutRequest.Stage.REQUESTED,
                session.get().subject(), session.get().id(), client.map(Client::id), postLogout,
                request.parameter("state"), hint.isPresent() || client.isPresent(), request.url(), Optional.empty(),
                now.plus(settings.requestLifespan()));
        if (!logouts.add(logout)) {
            throw new IllegalStateException("two logout requests with one challenge: the randomness source is broken");
        }
        return new BrowserResponse.Redirect(
                Urls.withQuery(settings.logoutUrl(), Map.of("logout_challenge", challenge)), List.of());
    }

    private BrowserResponse finish(String verifier) {
        Optional<LogoutRequest> found = secrets.hashPresented(verifier)
                .flatMap(logouts::findByVerifier)
                .filter(request -> request.stage() == LogoutRequest.Stage.ACCEPTED)
                .filter(request -> StoredTime.now(clock).isBefore(request.expiresAt()));
        if (found.isEmpty() || !logouts.update(found.get().finish())) {
            return error("logout_verifier: the verifier is unknown, expired or was used already");
        }
        LogoutRequest logout = found.get();
        sessions.end(logout.sessionId());
        return new BrowserResponse.Redirect(afterLogout(logout.postLogoutRedirectUri(), logout.state()),
                List.of(CookieChange.delete(CookieChange.SESSION)));
    }

    private String afterLogout(Optional<String> postLogoutRedirectUri, Optional<String> state) {
        if (postLogoutRedirectUri.isEmpty()) {
            return settings.postLogoutUrl();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        state.ifPresent(value -> parameters.put("state", value));
        return Urls.withQuery(postLogoutRedirectUri.get(), parameters);
    }

    private BrowserResponse error(String description) {
        return ErrorPages.show(settings, OAuthException.invalidRequest(description).error(), List.of());
    }
}

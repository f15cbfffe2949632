package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.RedirectUri;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class LogoutAtOnceService implements LogoutAtOnceUseCase {

    private final ClientRepository clients;
    private final BrowserSessions sessions;
    private final AuthorizationSettings settings;
    private final Clock clock;

    public LogoutAtOnceService(ClientRepository clients, BrowserSessions sessions, AuthorizationSettings settings,
                               Clock clock) {
        this.clients = clients;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public BrowserResponse logout(LogoutAtOnce command) {
        sessions.current(command.browser(), StoredTime.now(clock)).ifPresent(session -> sessions.end(session.id()));
        String next = command.returnTo().filter(url -> registered(command.clientId(), url)).orElse(settings.postLogoutUrl());
        return new BrowserResponse.Redirect(next, List.of(CookieChange.delete(CookieChange.SESSION)));
    }

    /** Whether {@code url} is exactly one of the enabled client's {@code post_logout_redirect_uris}. */
    private boolean registered(Optional<String> clientId, String url) {
        return clientId.filter(ClientId::isWellFormed)
                .flatMap(id -> clients.find(new ClientId(id)))
                .filter(Client::isEnabled)
                .map(client -> client.metadata().postLogoutRedirectUris().stream().map(RedirectUri::toString)
                        .anyMatch(url::equals))
                .orElse(false);
    }
}

package dev.portcullis.adapters.rest.ui;

import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.discovery.ServerMetadata;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The {@code acr} of the built-in login, when it serves the logins: a client that asks for it in {@code acr_values}
 * learns the value it will get (OIDC Discovery §3 {@code acr_values_supported}).
 */
@Singleton
final class BuiltInLoginMetadata implements DiscoveryContribution {

    private final BuiltInLogin login;

    BuiltInLoginMetadata(BuiltInLogin login) {
        this.login = login;
    }

    @Override
    public void contribute(ServerMetadata server, DiscoveryDocument document) {
        if (server.authorizationCodeFlow() && login.serving()) {
            document.acrValues(List.of(login.acr()));
        }
    }
}

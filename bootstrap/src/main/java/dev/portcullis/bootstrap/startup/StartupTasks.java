package dev.portcullis.bootstrap.startup;

import dev.portcullis.application.client.ClientRegistration;
import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.RegisteredClient;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.key.EnsureSigningKeysUseCase;
import dev.portcullis.application.token.ClientAuthenticator;
import dev.portcullis.application.token.ClientCredentials;
import dev.portcullis.bootstrap.config.AdminClientProperties;
import dev.portcullis.domain.client.AccessTokenStrategy;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What has to exist before the server takes requests: signing keys for the token sets, and a client that
 * can get a token for the admin API.
 */
@Singleton
final class StartupTasks {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);
    static final String ADMIN_SCOPE = "portcullis:admin";

    private final EnsureSigningKeysUseCase signingKeys;
    private final GetClientUseCase getClient;
    private final CreateClientUseCase createClient;
    private final AdminClientProperties admin;
    private final ClientAuthenticator authenticator;

    StartupTasks(EnsureSigningKeysUseCase signingKeys, GetClientUseCase getClient, CreateClientUseCase createClient,
                 AdminClientProperties admin, ClientAuthenticator authenticator) {
        this.authenticator = authenticator;
        this.signingKeys = signingKeys;
        this.getClient = getClient;
        this.createClient = createClient;
        this.admin = admin;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int generated = signingKeys.ensure();
        if (generated > 0) {
            LOG.info("Generated {} signing key(s) for the access-token and id-token key sets", generated);
        }
        ensureAdminClient();
    }

    /** The settings only create the admin client; an operator who changes the secret later must be told. */
    private void warnIfTheConfiguredSecretIsStale() {
        if (admin.clientSecret() == null) {
            return;
        }
        try {
            authenticator.authenticate(ClientCredentials.basic(admin.clientId(), admin.clientSecret()));
        } catch (OAuthException e) {
            LOG.warn("The admin client '{}' exists and does not accept the configured portcullis.admin.client-secret; "
                    + "the setting only applies when the client is created. Change the secret with PUT /admin/clients/{}",
                    admin.clientId(), admin.clientId());
        }
    }

    private void ensureAdminClient() {
        try {
            getClient.get(admin.clientId());
            warnIfTheConfiguredSecretIsStale();
            return;
        } catch (OAuthException e) {
            if (!e.error().code().equals(ErrorCode.NOT_FOUND)) {
                throw e;
            }
        }
        ClientMetadata metadata = ClientMetadata.builder()
                .clientName("Portcullis admin")
                .grantTypes(Set.of(GrantType.CLIENT_CREDENTIALS))
                .responseTypes(Set.of())
                .scope(Scopes.of(List.of(ADMIN_SCOPE)))
                .tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_BASIC)
                .accessTokenStrategy(Optional.of(AccessTokenStrategy.JWT))
                .build();
        try {
            RegisteredClient created = createClient.create(new ClientRegistration(
                    Optional.of(ClientId.parse(admin.clientId())), Optional.ofNullable(admin.clientSecret()), metadata));
            if (admin.clientSecret() == null) {
                LOG.warn("Created the admin client '{}' with the generated secret {} - it is shown only this once. "
                                + "Get an admin token with client_credentials and scope {}.",
                        admin.clientId(), created.newSecret().map(ClientSecret::value).orElseThrow(), ADMIN_SCOPE);
            } else {
                LOG.info("Created the admin client '{}' with the configured secret", admin.clientId());
            }
        } catch (OAuthException e) {
            if (!e.error().code().equals(ErrorCode.CONFLICT)) {
                throw e;
            }
            // Another node sharing the storage created it at the same moment.
        }
    }
}

package dev.portcullis.bootstrap.startup;

import dev.portcullis.application.client.ClientDocument;
import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.key.EnsureSigningKeysUseCase;
import dev.portcullis.application.token.ClientAuthenticator;
import dev.portcullis.application.token.ClientCredentials;
import dev.portcullis.bootstrap.config.AdminClientProperties;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("client_id", admin.clientId());
        registration.put("client_name", "Portcullis admin");
        registration.put("grant_types", List.of("client_credentials"));
        registration.put("response_types", List.of());
        registration.put("scope", ADMIN_SCOPE);
        registration.put("token_endpoint_auth_method", "client_secret_basic");
        registration.put("access_token_strategy", "jwt");
        if (admin.clientSecret() != null) {
            registration.put("client_secret", admin.clientSecret());
        }
        try {
            ClientDocument created = createClient.create(new ClientDocument(registration));
            if (admin.clientSecret() == null) {
                LOG.warn("Created the admin client '{}' with the generated secret {} - it is shown only this once. "
                                + "Get an admin token with client_credentials and scope {}.",
                        admin.clientId(), created.fields().get("client_secret"), ADMIN_SCOPE);
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

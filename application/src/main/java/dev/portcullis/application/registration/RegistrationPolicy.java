package dev.portcullis.application.registration;

import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;

/**
 * What a client that registers itself may be: never more than the settings allow, and never privileged the way
 * an administrator can make a client (an audience, subjects to act for, skipped consent, all scopes by default).
 */
final class RegistrationPolicy {

    private final RegistrationSettings settings;

    RegistrationPolicy(RegistrationSettings settings) {
        this.settings = settings;
    }

    /**
     * The metadata to register: as asked, with the allowed scopes when it asks for none (RFC 7591 §2 lets the
     * server choose the default), and, for a confidential client, the registration's PKCE requirement.
     *
     * @throws OAuthException {@code invalid_client_metadata} naming what is not allowed
     */
    ClientMetadata admit(ClientMetadata requested) {
        if (!settings.scopes().containsAll(requested.scope())) {
            throw OAuthException.invalidClientMetadata("scope may only hold " + settings.scopes().value());
        }
        for (GrantType grant : requested.grantTypes()) {
            if (!settings.grantTypes().contains(grant)) {
                throw OAuthException.invalidClientMetadata("grant_types must not contain " + grant.value()
                        + " for a client that registers itself");
            }
        }
        if (!requested.audience().values().isEmpty() || !requested.actingSubjects().isEmpty() || requested.skipConsent()
                || requested.registeredScopeByDefault() || !requested.enabled()) {
            throw OAuthException.invalidClientMetadata("only an administrator gives a client audiences, subjects, "
                    + "skipped consent or default scopes");
        }
        ClientMetadata.Builder admitted = requested.toBuilder();
        if (requested.scope().isEmpty()) {
            admitted.scope(settings.scopes());
        }
        if (requested.tokenEndpointAuthMethod() != AuthMethod.NONE && settings.requirePkce().isPresent()) {
            admitted.requirePkce(settings.requirePkce());
        }
        return admitted.build();
    }
}

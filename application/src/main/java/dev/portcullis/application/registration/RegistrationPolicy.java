package dev.portcullis.application.registration;

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
     * server choose the default).
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
        return requested.scope().isEmpty() ? requested.toBuilder().scope(settings.scopes()).build() : requested;
    }
}

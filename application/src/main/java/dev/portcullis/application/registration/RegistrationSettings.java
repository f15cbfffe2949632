package dev.portcullis.application.registration;

import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a client that registers itself may be.
 *
 * @param initialAccessToken when present, a registration must present it as its bearer token (RFC 7591 §3); empty
 *                           for open registration
 * @param scopes             the scopes a registered client may be registered for, and gets when it asks for none
 * @param grantTypes         the grant types it may register
 * @param requirePkce        whether a confidential client that registers itself must use PKCE; empty for the server's
 *                           default. Public clients always must.
 */
public record RegistrationSettings(Optional<String> initialAccessToken, Scopes scopes, Set<GrantType> grantTypes,
                                   Optional<Boolean> requirePkce) {

    /** The OpenID Connect scopes (OIDC Core §5.4, §11): never an admin scope. */
    public static final Scopes OIDC_SCOPES = Scopes.of(List.of("openid", "profile", "email", "address", "phone", "offline_access"));

    /**
     * The grants of clients acting for users, and client credentials. Never jwt-bearer or token exchange: they rest
     * on trust relationships that only an administrator sets up.
     */
    public static final Set<GrantType> GRANT_TYPES = Set.of(GrantType.AUTHORIZATION_CODE, GrantType.IMPLICIT,
            GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS);

    public RegistrationSettings {
        Objects.requireNonNull(initialAccessToken, "initialAccessToken");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(requirePkce, "requirePkce");
        grantTypes = Set.copyOf(grantTypes);
        if (initialAccessToken.filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException("an initial access token is not empty");
        }
    }

    /** Open registration, for the OpenID Connect scopes and the default grant types. */
    public static RegistrationSettings open() {
        return new RegistrationSettings(Optional.empty(), OIDC_SCOPES, GRANT_TYPES, Optional.empty());
    }

    @Override
    public String toString() {
        return "RegistrationSettings[" + (initialAccessToken.isPresent() ? "initial access token" : "open")
                + ", " + scopes.value() + ", " + grantTypes + "]";
    }
}

package dev.portcullis.application.discovery;

import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.token.ClientAssertions;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public final class GetServerMetadataService implements GetServerMetadataUseCase {

    private static final List<String> AUTH_METHODS = List.of(
            AuthMethod.CLIENT_SECRET_BASIC.wireName(), AuthMethod.CLIENT_SECRET_POST.wireName(),
            AuthMethod.PRIVATE_KEY_JWT.wireName(), AuthMethod.NONE.wireName());

    private final String issuer;
    private final List<String> grantTypes;
    private final KeyRing keyRing;
    private final List<String> codeChallengeMethods;

    /**
     * @param grantTypes the grant types the token use case dispatches; with the code grant comes the implicit
     *                   grant, which the authorization endpoint serves
     */
    public GetServerMetadataService(String issuer, Collection<GrantType> grantTypes, KeyRing keyRing) {
        this(issuer, grantTypes, keyRing, List.of("S256"));
    }

    /** @param codeChallengeMethods the PKCE methods the authorization endpoint accepts */
    public GetServerMetadataService(String issuer, Collection<GrantType> grantTypes, KeyRing keyRing,
                                    List<String> codeChallengeMethods) {
        this.codeChallengeMethods = List.copyOf(codeChallengeMethods);
        this.issuer = issuer;
        Set<GrantType> served = new LinkedHashSet<>(grantTypes);
        if (served.contains(GrantType.AUTHORIZATION_CODE)) {
            // Served by the authorization endpoint alone, along with the code flow (OIDC Core §3.2).
            served.add(GrantType.IMPLICIT);
        }
        this.grantTypes = served.stream().map(GrantType::value).sorted().toList();
        this.keyRing = keyRing;
    }

    @Override
    public ServerMetadata get() {
        return new ServerMetadata(issuer, grantTypes, AUTH_METHODS, algorithms(KeySetName.ACCESS_TOKEN),
                algorithms(KeySetName.ID_TOKEN), codeChallengeMethods, ClientAssertions.SIGNING_ALGORITHMS);
    }

    private List<String> algorithms(KeySetName set) {
        return keyRing.keys(set).stream().map(SigningKey::algorithm).distinct().map(a -> a.wireName()).toList();
    }
}

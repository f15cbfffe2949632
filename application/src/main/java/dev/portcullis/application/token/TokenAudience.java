package dev.portcullis.application.token;

import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.TokenRecord;

import java.util.List;

/**
 * The {@code aud} of an access token, which RFC 9068 §2.2 requires. An access token granted for no audience is
 * meant for this server alone (its userinfo endpoint), so its audience is the issuer: no resource server that
 * checks {@code aud} accepts it. The JWT and introspection say the same; refresh tokens keep their granted audience.
 */
public final class TokenAudience {

    private TokenAudience() {
    }

    /** The {@code aud} of an access token granted {@code granted}, issued by {@code issuer}. */
    public static List<String> ofAccessToken(Audience granted, String issuer) {
        return granted.isEmpty() ? List.of(issuer) : List.copyOf(granted.values());
    }

    /** The {@code aud} introspection reports for {@code token}. */
    public static List<String> of(TokenRecord token, String issuer) {
        return token.kind() == TokenKind.ACCESS_TOKEN
                ? ofAccessToken(token.audience(), issuer)
                : List.copyOf(token.audience().values());
    }
}

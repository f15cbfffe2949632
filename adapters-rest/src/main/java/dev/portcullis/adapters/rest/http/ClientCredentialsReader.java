package dev.portcullis.adapters.rest.http;

import dev.portcullis.application.token.ClientCredentials;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.http.HttpRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Reads how a client authenticates on a request (RFC 6749 §2.3.1): HTTP Basic, whose id and secret are
 * form-urlencoded before being joined and base64-encoded; or {@code client_id} and {@code client_secret}
 * in the form; or, for a public client, {@code client_id} alone. Using two methods at once is refused.
 */
public final class ClientCredentialsReader {

    private ClientCredentialsReader() {
    }

    /**
     * @throws OAuthException {@code invalid_request} when two methods are used, {@code invalid_client} when
     *         none is or the Basic credentials are malformed
     */
    public static ClientCredentials read(HttpRequest<?> request, Map<String, String> form) {
        return readPresented(request, form).orElseThrow(ClientCredentialsReader::notAuthenticated);
    }

    /**
     * The same, empty when the request carries no credentials at all, for the one grant that may do without them.
     *
     * @throws OAuthException {@code invalid_request} when two methods are used, {@code invalid_client} when the Basic
     *         credentials are malformed
     */
    public static Optional<ClientCredentials> readPresented(HttpRequest<?> request, Map<String, String> form) {
        Optional<String> basic = AuthorizationHeader.basic(request);
        String formId = form.get("client_id");
        String formSecret = form.get("client_secret");
        if (basic.isPresent()) {
            if (formSecret != null) {
                throw OAuthException.invalidRequest("the client used both HTTP Basic and client_secret in the body");
            }
            ClientCredentials credentials = decodeBasic(basic.get());
            if (formId != null && !formId.equals(credentials.clientId())) {
                throw OAuthException.invalidRequest("client_id in the body differs from the one in HTTP Basic");
            }
            return Optional.of(credentials);
        }
        if (formId == null || formId.isEmpty()) {
            if (formSecret != null) {
                throw notAuthenticated();
            }
            return Optional.empty();
        }
        return Optional.of(formSecret == null ? ClientCredentials.none(formId) : ClientCredentials.post(formId, formSecret));
    }

    /** The refusal of a request that carries no client authentication at all. */
    public static OAuthException notAuthenticated() {
        return new OAuthException(ErrorCode.INVALID_CLIENT, "client authentication is required");
    }

    /** Whether the request carries HTTP Basic credentials, so a failure answers with a Basic challenge. */
    public static boolean usesBasic(HttpRequest<?> request) {
        return AuthorizationHeader.basic(request).isPresent();
    }

    private static ClientCredentials decodeBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformedBasic();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw malformedBasic();
        }
        String id;
        String secret;
        try {
            id = FormParameters.decode(decoded.substring(0, colon));
            secret = FormParameters.decode(decoded.substring(colon + 1));
        } catch (OAuthException e) {
            throw malformedBasic();
        }
        return ClientCredentials.basic(id, secret);
    }

    private static OAuthException malformedBasic() {
        return new OAuthException(ErrorCode.INVALID_CLIENT, "the HTTP Basic credentials are malformed");
    }
}

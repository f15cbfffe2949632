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
 * in the form; or a JWT in {@code client_assertion} (RFC 7521 §4.2, RFC 7523 §2.2), whose {@code sub} names the
 * client when the form does not; or, for a public client, {@code client_id} alone. Using two methods at once is
 * refused.
 */
public final class ClientCredentialsReader {

    /** RFC 7523 §2.2: the assertion type of a client authenticating with a JWT. */
    public static final String JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

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
        if (form.containsKey("client_assertion") || form.containsKey("client_assertion_type")) {
            if (basic.isPresent() || formSecret != null) {
                throw OAuthException.invalidRequest("the client used client_assertion and another authentication method");
            }
            return Optional.of(assertion(form, formId));
        }
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

    // RFC 7521 §4.2: the assertion type names what the assertion is; client_id, when sent, must be its subject.
    private static ClientCredentials assertion(Map<String, String> form, String formId) {
        if (!JWT_BEARER_ASSERTION.equals(form.get("client_assertion_type"))) {
            throw new OAuthException(ErrorCode.INVALID_CLIENT, "client_assertion_type must be " + JWT_BEARER_ASSERTION);
        }
        String assertion = form.get("client_assertion");
        if (assertion == null || assertion.isEmpty()) {
            throw new OAuthException(ErrorCode.INVALID_CLIENT, "client_assertion is required with client_assertion_type");
        }
        Optional<String> subject = unverifiedSubject(assertion);
        if (formId != null && !formId.isEmpty()) {
            if (subject.isPresent() && !subject.get().equals(formId)) {
                throw OAuthException.invalidRequest("client_id differs from the sub of client_assertion");
            }
            return ClientCredentials.privateKeyJwt(formId, assertion);
        }
        return ClientCredentials.privateKeyJwt(subject.orElseThrow(() -> new OAuthException(ErrorCode.INVALID_CLIENT,
                "client_assertion is not a JWT with a sub")), assertion);
    }

    /** Who the assertion says it is from, before anything is verified: only to find the client whose keys verify it. */
    private static Optional<String> unverifiedSubject(String assertion) {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3 || parts[1].length() > 16_384) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return JsonMembers.ofOptional(payload, ErrorCode.INVALID_CLIENT, "claims").string("sub");
        } catch (IllegalArgumentException | OAuthException malformed) {
            return Optional.empty();
        }
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

package dev.portcullis.application.authorization;

import dev.portcullis.application.client.ClientDocuments;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.AuthorizationRequest;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.authorization.Rejection;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.application.port.FlowRepository;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What the login and consent request use cases share: finding a request by its challenge, and rejections. */
final class Answers {

    private final AuthorizationContext context;

    Answers(AuthorizationContext context) {
        this.context = context;
    }

    Instant now() {
        return context.now();
    }

    /** The flow waiting at {@code stage} for the answer to {@code challenge}. */
    AuthorizationFlow waiting(FlowRepository.Key key, String challenge, FlowStage stage) {
        AuthorizationFlow flow = context.secrets().hashPresented(challenge).flatMap(h -> context.flows().findBy(key, h))
                .filter(found -> now().isBefore(found.expiresAt()))
                .orElseThrow(() -> OAuthException.notFound("no pending request has this challenge"));
        if (flow.stage() != stage) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the request was answered already");
        }
        return flow;
    }

    /** Stores the answered flow, unless another answer landed first. */
    void store(AuthorizationFlow next) {
        if (!context.flows().update(next)) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the request was answered already");
        }
    }

    Client client(AuthorizationFlow flow) {
        return context.clients().find(flow.request().clientId())
                .orElseThrow(() -> OAuthException.notFound("the client of this request no longer exists"));
    }

    Map<String, Object> clientDocument(AuthorizationFlow flow) {
        return context.clients().find(flow.request().clientId()).map(ClientDocuments::metadataOf).orElse(Map.of());
    }

    OidcContext oidcContext(AuthorizationRequest request) {
        Map<String, Object> hintClaims = request.idTokenHint().flatMap(context.reader()::idTokenHintClaims).orElse(Map.of());
        return new OidcContext(request.acrValues(), request.display(), hintClaims, request.loginHint(),
                request.uiLocales());
    }

    /** {@code redirect_to} back to the authorization endpoint with a fresh verifier. */
    Redirection back(String verifierParameter, String verifier) {
        return new Redirection(Urls.withQuery(context.tokenSettings().issuerValue() + "/oauth2/auth",
                Map.of(verifierParameter, verifier)));
    }

    static Rejection rejection(RejectAnswer answer) {
        String error = answer.error().filter(e -> !e.isEmpty()).orElse(ErrorCode.ACCESS_DENIED.value());
        ErrorCode code;
        try {
            code = new ErrorCode(error);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("error must be printable ASCII without '\"' or '\\'");
        }
        int status = answer.statusCode().orElse(403);
        if (status < 400 || status > 599) {
            throw OAuthException.invalidRequest("status_code must be an HTTP error status (400 to 599)");
        }
        return new Rejection(code, answer.description(), answer.hint(), status);
    }

    static JsonDocument json(Map<String, Object> value, String field) {
        try {
            return new JsonDocument(value);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest(field + " must be a JSON object");
        }
    }
}

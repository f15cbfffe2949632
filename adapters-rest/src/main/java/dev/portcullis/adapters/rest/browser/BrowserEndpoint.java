package dev.portcullis.adapters.rest.browser;

import dev.portcullis.application.authorization.BrowserRequest;
import dev.portcullis.application.authorization.BrowserResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.util.function.Function;

/**
 * A browser endpoint of the flow (authorization, end session), bound to its URL and its use case. It takes its
 * parameters from a GET's query or a POST's form alike, as OIDC Core §3.1.2.1 and RP-Initiated Logout §2 allow.
 */
public final class BrowserEndpoint {

    private final BrowserResponses responses;
    private final String url;
    private final Function<BrowserRequest, BrowserResponse> useCase;

    BrowserEndpoint(BrowserResponses responses, String url, Function<BrowserRequest, BrowserResponse> useCase) {
        this.responses = responses;
        this.url = url;
        this.useCase = useCase;
    }

    /** Answers a GET from its query; the use case sees the request URL with that query. */
    public MutableHttpResponse<?> answerQuery(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return responses.answer(request, query, query == null ? url : url + "?" + query, useCase);
    }

    /**
     * Answers a GET with {@code query} in place of its own: a surface whose request implies parameters it does not
     * carry adds them. The use case sees the request URL with that query.
     */
    public MutableHttpResponse<?> answerQuery(HttpRequest<?> request, String query) {
        return responses.answer(request, query, query.isEmpty() ? url : url + "?" + query, useCase);
    }

    /** Answers a form POST. */
    MutableHttpResponse<?> answerForm(HttpRequest<?> request, @Nullable String body) {
        return responses.answer(request, body, url, useCase);
    }
}

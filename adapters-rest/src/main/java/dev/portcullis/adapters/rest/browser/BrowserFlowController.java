package dev.portcullis.adapters.rest.browser;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

/**
 * The two routes of a browser endpoint of the flow: a GET with a query and a POST with a form, answered alike
 * (OIDC Core §3.1.2.1, RP-Initiated Logout §2). A subclass is the {@code @Controller} at the endpoint's path.
 */
public abstract class BrowserFlowController {

    private final BrowserEndpoint endpoint;

    protected BrowserFlowController(BrowserEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Get
    public MutableHttpResponse<?> get(HttpRequest<?> request) {
        return endpoint.answerQuery(request);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public MutableHttpResponse<?> post(HttpRequest<?> request, @Nullable @Body String body) {
        return endpoint.answerForm(request, body);
    }
}

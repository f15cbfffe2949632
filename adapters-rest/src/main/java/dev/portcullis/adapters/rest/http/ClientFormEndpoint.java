package dev.portcullis.adapters.rest.http;

import dev.portcullis.domain.client.AuthMethod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An endpoint that clients post forms to, bound to what answers the form. The form and the client's credentials
 * are read where the request arrived, so that a malformed one is refused at once; the answer runs where
 * {@link EndpointThreads} says.
 *
 * @param <T> the response body
 */
public final class ClientFormEndpoint<T> {

    private final EndpointThreads threads;
    private final Function<ClientForm, T> answer;

    public ClientFormEndpoint(EndpointThreads threads, Function<ClientForm, T> answer) {
        this.threads = threads;
        this.answer = answer;
    }

    public CompletableFuture<T> answer(HttpRequest<?> request, @Nullable String body) {
        return answer(ClientForm.read(request, body));
    }

    /** Answers a form that a surface read from its own wire format (a JSON body, say). */
    public CompletableFuture<T> answer(ClientForm form) {
        // Verifying a client assertion may fetch the client's jwks_uri: that waits on the network.
        boolean mayFetch = form.presented().filter(c -> c.method() == AuthMethod.PRIVATE_KEY_JWT).isPresent();
        return mayFetch ? threads.runMayBlock(() -> answer.apply(form)) : threads.run(() -> answer.apply(form));
    }
}

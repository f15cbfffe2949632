package dev.portcullis.bootstrap

import io.micronaut.context.ApplicationContext
import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.runtime.server.EmbeddedServer

/** The whole server, as the jar starts it, on a random port with the given configuration on top. */
class RunningServer implements Closeable {

    final EmbeddedServer server
    final HttpClient httpClient
    final BlockingHttpClient http

    RunningServer(Map<String, Object> properties) {
        server = ApplicationContext.run(EmbeddedServer, [
                'micronaut.server.port'              : -1,
                'portcullis.secrets.pbkdf2-iterations': 1000,
        ] + properties)
        httpClient = HttpClient.create(server.URL)
        http = httpClient.toBlocking()
    }

    /** The response, also for error statuses, with the body as a JSON value. */
    HttpResponse<Object> send(HttpRequest<?> request) {
        try {
            http.exchange(request, Argument.of(Object))
        } catch (HttpClientResponseException e) {
            e.response as HttpResponse<Object>
        }
    }

    Object body(HttpResponse<Object> response) {
        response.getBody(Argument.of(Object)).orElse(null)
    }

    void close() {
        httpClient.close()
        server.close()
    }
}

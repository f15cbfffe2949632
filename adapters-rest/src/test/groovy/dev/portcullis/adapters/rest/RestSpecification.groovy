package dev.portcullis.adapters.rest

import dev.portcullis.adapters.rest.admin.client.HydraClientsForSpecs
import dev.portcullis.application.client.CreateClientUseCase
import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.domain.client.ClientId
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import jakarta.inject.Inject
import spock.lang.Specification

import java.nio.charset.StandardCharsets

/**
 * What REST specs share: the HTTP client, clients registered through the real use case under fresh ids,
 * tokens got from the real token endpoint, and form and HTTP Basic encoding as RFC 6749 wants them.
 */
abstract class RestSpecification extends Specification {

    /** A chosen secret with characters that HTTP Basic must form-urlencode (RFC 6749 §2.3.1). */
    static final String SECRET = 'the s3cret: 100% +safe'

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    CreateClientUseCase createClient

    @Inject
    FakeClientRepository clients

    @Inject
    MutableClock clock

    static String unique(String prefix) {
        "$prefix-${UUID.randomUUID()}"
    }

    /**
     * Registers a confidential client_secret_basic client of the client credentials grant with the chosen
     * {@link #SECRET}, scopes {@code read write} and opaque access tokens; {@code overrides} change or add
     * metadata (a null value removes a member).
     *
     * @return the client's metadata as the admin API would answer, with {@code client_secret} when it has one
     */
    Map<String, Object> registerClient(Map<String, Object> overrides = [:]) {
        Map<String, Object> metadata = [client_id                 : unique('machine'),
                                        client_name               : 'Machine',
                                        grant_types               : ['client_credentials'],
                                        response_types            : [],
                                        scope                     : 'read write',
                                        token_endpoint_auth_method: 'client_secret_basic',
                                        access_token_strategy     : 'opaque',
                                        client_secret             : SECRET] + overrides
        metadata.values().removeIf { it == null }
        HydraClientsForSpecs.create(createClient, metadata)
    }

    boolean clientExists(String clientId) {
        clients.find(new ClientId(clientId)).isPresent()
    }

    /** A public client: authorization code with PKCE, no secret, so no client credentials grant. */
    Map<String, Object> registerPublicClient(Map<String, Object> overrides = [:]) {
        registerClient([client_id                 : unique('spa'),
                        grant_types               : ['authorization_code'],
                        response_types            : ['code'],
                        redirect_uris             : ['https://spa.example.com/callback'],
                        token_endpoint_auth_method: 'none',
                        client_secret             : null] + overrides)
    }

    /** An access token from the token endpoint for a client_secret_basic client. */
    String accessToken(String clientId, String secret = SECRET, String scope = 'read') {
        Map<String, String> parameters = [grant_type: 'client_credentials']
        if (scope) {
            parameters.scope = scope
        }
        def response = call(tokenRequest(parameters).header(HttpHeaders.AUTHORIZATION, basic(clientId, secret)))
        assert response.status.code == 200: "no token for $clientId: ${json(response)}"
        json(response).access_token
    }

    static MutableHttpRequest<String> tokenRequest(Map<String, String> parameters) {
        formPost('/oauth2/token', form(parameters))
    }

    /** A form POST of an already encoded body, so that a spec can also send what no encoder would. */
    static MutableHttpRequest<String> formPost(String path, String body) {
        HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
    }

    static String form(Map<String, String> parameters) {
        parameters.collect { name, value -> encode(name) + '=' + encode(value) }.join('&')
    }

    /** RFC 6749 §2.3.1: the id and the secret are each form-urlencoded, then joined by ':' and base64-encoded. */
    static String basic(String clientId, String secret) {
        basicOf(encode(clientId) + ':' + encode(secret))
    }

    static String basicOf(String credentials) {
        'Basic ' + Base64.encoder.encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
    }

    static String encode(String value) {
        URLEncoder.encode(value, StandardCharsets.UTF_8)
    }

    /** Exchanges the request and returns the response, also when its status is an error. */
    HttpResponse<?> call(MutableHttpRequest<?> request, Class<?> bodyType = Map) {
        try {
            client.toBlocking().exchange(request, bodyType)
        } catch (HttpClientResponseException e) {
            e.response
        }
    }

    static Map json(HttpResponse<?> response) {
        response.getBody(Map).orElse(null)
    }
}

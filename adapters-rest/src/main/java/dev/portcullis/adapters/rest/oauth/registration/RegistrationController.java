package dev.portcullis.adapters.rest.oauth.registration;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.AuthorizationHeader;
import dev.portcullis.adapters.rest.http.Challenges;
import dev.portcullis.adapters.rest.http.Issuer;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.adapters.rest.http.NoStore;
import dev.portcullis.adapters.rest.error.ErrorStatuses;
import dev.portcullis.adapters.rest.error.OAuthErrorBody;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.discovery.GetServerMetadataUseCase;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.application.registration.ClientConfiguration;
import dev.portcullis.application.registration.ConfigurationAccess;
import dev.portcullis.application.registration.ConfigurationChange;
import dev.portcullis.application.registration.DeleteClientConfigurationUseCase;
import dev.portcullis.application.registration.ReadClientConfigurationUseCase;
import dev.portcullis.application.registration.RegisterClientUseCase;
import dev.portcullis.application.registration.RegistrationRequest;
import dev.portcullis.application.registration.UpdateClientConfigurationUseCase;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The registration endpoint (RFC 7591 §3) and each registered client's configuration endpoint (RFC 7592 §2),
 * {@code registration_client_uri}, authorised by the client's registration access token. A missing or wrong
 * bearer token is 401 with a Bearer challenge (RFC 6750 §3); faulty metadata 400 with the RFC 7591 §3.2.2 error.
 */
@Controller(RegistrationController.PATH)
@Requires(property = RegistrationController.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.OAUTH)
final class RegistrationController {

    static final String PATH = "/oauth2/register";
    static final String ENABLED = "portcullis.registration.enabled";

    private final RegisterClientUseCase register;
    private final ReadClientConfigurationUseCase read;
    private final UpdateClientConfigurationUseCase update;
    private final DeleteClientConfigurationUseCase delete;
    private final GetServerMetadataUseCase server;
    private final Issuer issuer;

    RegistrationController(RegisterClientUseCase register, ReadClientConfigurationUseCase read,
                           UpdateClientConfigurationUseCase update, DeleteClientConfigurationUseCase delete,
                           GetServerMetadataUseCase server, Issuer issuer) {
        this.register = register;
        this.read = read;
        this.update = update;
        this.delete = delete;
        this.server = server;
        this.issuer = issuer;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    MutableHttpResponse<?> register(HttpRequest<?> request, @Nullable @Body String body) {
        return authorised(() -> {
            JsonValue json = JsonMembers.parse(body);
            List<String> algs = idTokenSigningAlgs();
            ClientConfiguration registered = register.register(
                    new RegistrationRequest(AuthorizationHeader.bearer(request), RegistrationJson.read(json, algs)));
            String uri = configurationUri(registered);
            return HttpResponse.created(RegistrationJson.body(registered, uri, algs), URI.create(uri));
        });
    }

    @Get("/{clientId}")
    MutableHttpResponse<?> read(HttpRequest<?> request, @PathVariable String clientId) {
        return authorised(() -> answer(read.read(access(request, clientId))));
    }

    @Put("/{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    MutableHttpResponse<?> update(HttpRequest<?> request, @PathVariable String clientId, @Nullable @Body String body) {
        return authorised(() -> {
            ConfigurationAccess access = access(request, clientId);
            JsonValue json = JsonMembers.parse(body);
            // RFC 7592 §2.2: the body names the client it replaces; another id is a request to change it, refused.
            if (RegistrationJson.clientId(json).filter(named -> !named.equals(clientId)).isPresent()) {
                throw OAuthException.invalidRequest("client_id must be the id of the client whose configuration this is");
            }
            return answer(update.update(new ConfigurationChange(access, RegistrationJson.read(json, idTokenSigningAlgs()))));
        });
    }

    @Delete("/{clientId}")
    MutableHttpResponse<?> delete(HttpRequest<?> request, @PathVariable String clientId) {
        return authorised(() -> {
            delete.delete(access(request, clientId));
            return HttpResponse.noContent();
        });
    }

    private MutableHttpResponse<?> answer(ClientConfiguration configuration) {
        return HttpResponse.ok(RegistrationJson.body(configuration, configurationUri(configuration), idTokenSigningAlgs()));
    }

    private List<String> idTokenSigningAlgs() {
        return server.get().idTokenSigningAlgs();
    }

    private String configurationUri(ClientConfiguration configuration) {
        // A client_id may hold characters a URI path must not; encoded, it is one path segment.
        return issuer.url(PATH + "/" + URLEncoder.encode(configuration.client().id().value(), StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    private static ConfigurationAccess access(HttpRequest<?> request, String clientId) {
        return new ConfigurationAccess(clientId, AuthorizationHeader.bearer(request));
    }

    /** A refused bearer token is 401 with its RFC 6750 §3 challenge; every other error is rendered as usual. */
    private static MutableHttpResponse<?> authorised(Supplier<MutableHttpResponse<?>> call) {
        try {
            return call.get();
        } catch (OAuthException e) {
            if (!e.error().code().equals(ErrorCode.INVALID_TOKEN)) {
                throw e;
            }
            return NoStore.apply(HttpResponse.status(ErrorStatuses.of(e.error().code())).body(OAuthErrorBody.from(e.error()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, Challenges.bearer(Challenges.REALM, e.error())));
        }
    }

    /** The registration endpoint, advertised only while registration is on. */
    @Singleton
    @Requires(property = ENABLED, value = "true")
    static final class Metadata implements DiscoveryContribution {
        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            document.registrationEndpoint(PATH);
        }
    }
}

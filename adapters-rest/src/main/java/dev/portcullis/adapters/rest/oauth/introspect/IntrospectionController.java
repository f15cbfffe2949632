package dev.portcullis.adapters.rest.oauth.introspect;

import dev.portcullis.adapters.rest.http.AdminAdmission;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.ClientFormEndpoint;
import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.http.FormParameters;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryContribution;
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.application.token.ClientCredentials;
import dev.portcullis.application.token.IntrospectTokenCommand;
import dev.portcullis.application.token.IntrospectTokenUseCase;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.grant.Scopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** RFC 7662 introspection for confidential clients. */
@Controller(IntrospectionController.PATH)
@Tag(name = ApiTags.OAUTH)
public final class IntrospectionController {

    static final String PATH = "/oauth2/introspect";

    private final ClientFormEndpoint<IntrospectionBody> endpoint;
    private final IntrospectTokenUseCase introspect;
    private final EndpointThreads threads;

    IntrospectionController(IntrospectTokenUseCase introspect, EndpointThreads threads) {
        this.endpoint = new ClientFormEndpoint<>(threads, form -> IntrospectionBody.from(
                introspect.introspect(command(Optional.of(form.credentials()), form.parameters()))));
        this.introspect = introspect;
        this.threads = threads;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    CompletableFuture<IntrospectionBody> introspect(HttpRequest<?> request, @Nullable @Body String body) {
        if (AdminAdmission.of(request)) {
            // An operator's token (Hydra's early API): no client credentials, as on the admin introspection route.
            Map<String, String> form = FormParameters.parse(body);
            return threads.run(() -> IntrospectionBody.from(introspect.introspect(command(Optional.empty(), form))));
        }
        return endpoint.answer(request, body);
    }

    /** The command for a form with {@code token} and an optional space-separated {@code scope}. */
    public static IntrospectTokenCommand command(Optional<ClientCredentials> caller, Map<String, String> form) {
        return new IntrospectTokenCommand(caller, FormParameters.required(form, "token"), Scopes.parse(form.get("scope"), ErrorCode.INVALID_REQUEST, "scope"));
    }

    /** The introspection endpoint; clients authenticate with a secret (public clients may not introspect). */
    @Singleton
    static final class Metadata implements DiscoveryContribution {
        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            document.introspectionEndpoint(PATH,
                    List.of(AuthMethod.CLIENT_SECRET_BASIC.wireName(), AuthMethod.CLIENT_SECRET_POST.wireName()));
        }
    }
}

package dev.portcullis.adapters.rest.oauth.introspect;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.AuthorizationHeader;
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
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    private final Optional<OperatorIntrospection> operators;

    IntrospectionController(IntrospectTokenUseCase introspect, EndpointThreads threads,
                            Optional<OperatorIntrospection> operators) {
        this.endpoint = new ClientFormEndpoint<>(threads, form -> IntrospectionBody.from(
                introspect.introspect(command(Optional.of(form.credentials()), form.parameters()))));
        this.introspect = introspect;
        this.threads = threads;
        this.operators = operators;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IntrospectionBody.class)))
    CompletableFuture<MutableHttpResponse<?>> introspect(HttpRequest<?> request, @Nullable @Body String body) {
        if (operators.isPresent() && AuthorizationHeader.bearer(request).isPresent()) {
            return asOperator(operators.get(), request, body);
        }
        return endpoint.answer(request, body).thenApply(HttpResponse::ok);
    }

    /** An operator's token instead of client credentials: introspected as on the admin route, once admitted. */
    private CompletableFuture<MutableHttpResponse<?>> asOperator(OperatorIntrospection operator, HttpRequest<?> request,
                                                                @Nullable String body) {
        Map<String, String> form = FormParameters.parse(body);
        return operator.admit(request).thenCompose(refusal -> refusal.isPresent()
                ? CompletableFuture.completedFuture(refusal.get())
                : threads.run(() -> HttpResponse.ok(IntrospectionBody.from(introspect.introspect(command(Optional.empty(), form))))));
    }

    /** The command for a form with {@code token} and an optional space-separated {@code scope}. */
    public static IntrospectTokenCommand command(Optional<ClientCredentials> caller, Map<String, String> form) {
        return new IntrospectTokenCommand(caller, FormParameters.required(form, "token"), Scopes.parse(form.get("scope"), ErrorCode.INVALID_REQUEST, "scope"));
    }

    /** The introspection endpoint; clients authenticate as at the token endpoint, but public clients may not introspect. */
    @Singleton
    static final class Metadata implements DiscoveryContribution {
        @Override
        public void contribute(ServerMetadata server, DiscoveryDocument document) {
            document.introspectionEndpoint(PATH, server.tokenEndpointAuthMethods().stream()
                    .filter(method -> !method.equals(AuthMethod.NONE.wireName())).toList());
        }
    }
}

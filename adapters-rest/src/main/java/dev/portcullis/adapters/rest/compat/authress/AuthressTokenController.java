package dev.portcullis.adapters.rest.compat.authress;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.ClientCredentialsReader;
import dev.portcullis.adapters.rest.http.ClientForm;
import dev.portcullis.adapters.rest.http.ClientFormEndpoint;
import dev.portcullis.adapters.rest.http.EndpointThreads;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.adapters.rest.oauth.token.TokenController;
import dev.portcullis.adapters.rest.oauth.token.TokenResponseBody;
import dev.portcullis.application.token.IssueTokenUseCase;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Authress's {@code POST /api/authentication/oauth/tokens}: RFC 6749's token request as a JSON object of snake_case
 * strings ({@code grant_type}, {@code code}, {@code code_verifier}, {@code client_id}, {@code redirect_uri}, or
 * {@code client_id} and {@code client_secret}), answered by the token endpoint's use case exactly as
 * {@code /oauth2/token} answers the same form, HTTP Basic included.
 */
@Controller(Authress.TOKEN_PATH)
@Requires(property = Authress.ENABLED, notEquals = "false")
@Tag(name = ApiTags.AUTHRESS)
final class AuthressTokenController {

    private final ClientFormEndpoint<TokenResponseBody> endpoint;

    AuthressTokenController(IssueTokenUseCase issue, EndpointThreads threads) {
        this.endpoint = TokenController.endpoint(issue, threads);
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Authress.LINKS_JSON})
    CompletableFuture<TokenResponseBody> token(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, String> parameters = parameters(body);
        return endpoint.answer(new ClientForm(parameters, ClientCredentialsReader.readPresented(request, parameters)));
    }

    /**
     * The body's members as the form's parameters; a JSON null counts as absent.
     *
     * @throws OAuthException {@code invalid_request} for a body that is not a JSON object of strings
     */
    private static Map<String, String> parameters(@Nullable String body) {
        JsonValue value = JsonMembers.parse(body);
        if (!(value instanceof JsonObject object)) {
            throw OAuthException.invalidRequest("the request body must be a JSON object of the token request's parameters");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        object.forEach((name, member) -> {
            if (member instanceof JsonString text) {
                parameters.put(name, text.getString());
            } else if (member.getValueType() != JsonValue.ValueType.NULL) {
                throw OAuthException.invalidRequest(name + " must be a string");
            }
        });
        return parameters;
    }
}

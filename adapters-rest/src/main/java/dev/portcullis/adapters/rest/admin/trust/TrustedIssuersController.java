package dev.portcullis.adapters.rest.admin.trust;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.trust.DeleteTrustUseCase;
import dev.portcullis.application.trust.GetTrustUseCase;
import dev.portcullis.application.trust.ListTrustsUseCase;
import dev.portcullis.application.trust.RegisterTrustUseCase;
import dev.portcullis.application.trust.TrustList;
import dev.portcullis.application.trust.TrustListRequest;
import dev.portcullis.application.trust.TrustRegistration;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.trust.TrustRelationship;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The issuers whose JWT assertions the jwt-bearer grant accepts (RFC 7523), on ORY Hydra v2's admin paths and in
 * its shapes, so that its SDKs manage them unchanged.
 */
@Controller(TrustedIssuersController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.HYDRA_ADMIN)
final class TrustedIssuersController {

    static final String PATH = "/admin/trust/grants/jwt-bearer/issuers";

    private final RegisterTrustUseCase register;
    private final GetTrustUseCase get;
    private final ListTrustsUseCase list;
    private final DeleteTrustUseCase delete;

    TrustedIssuersController(RegisterTrustUseCase register, GetTrustUseCase get, ListTrustsUseCase list,
                             DeleteTrustUseCase delete) {
        this.register = register;
        this.get = get;
        this.list = list;
        this.delete = delete;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrustIssuerRequestBody.class)))
    HttpResponse<TrustedIssuerBody> trust(@Nullable @Body String body) {
        JsonMembers in = JsonMembers.of(JsonMembers.parse(body), ErrorCode.INVALID_REQUEST, "a trusted issuer");
        TrustRelationship trusted = register.register(new TrustRegistration(
                in.string("issuer").orElse(""), in.string("subject"), in.bool("allow_any_subject").orElse(false),
                in.strings("scope").orElse(List.of()),
                in.object("jwk").map(JsonDocument::new).orElseThrow(() -> OAuthException.invalidRequest("jwk is required")),
                in.string("expires_at").map(TrustedIssuersController::instant)));
        return HttpResponse.created(TrustedIssuerBody.from(trusted), URI.create(PATH + "/" + trusted.id().value()));
    }

    @Get
    HttpResponse<List<TrustedIssuerBody>> list(HttpRequest<?> request,
                                              @QueryValue("page_size") @Nullable Integer pageSize,
                                              @QueryValue("page_token") @Nullable String pageToken,
                                              @QueryValue("issuer") @Nullable String issuer) {
        TrustList page = list.list(new TrustListRequest(Optional.ofNullable(issuer), Optional.ofNullable(pageSize),
                Optional.ofNullable(pageToken)));
        MutableHttpResponse<List<TrustedIssuerBody>> response =
                HttpResponse.ok(page.relationships().stream().map(TrustedIssuerBody::from).toList());
        StringBuilder links = new StringBuilder(link(request, page.pageSize(), Optional.empty(), "first"));
        page.nextPageToken().ifPresent(token -> links.append(", ").append(link(request, page.pageSize(), Optional.of(token), "next")));
        response.header("Link", links.toString());
        return response;
    }

    @Get("/{id}")
    TrustedIssuerBody get(@PathVariable String id) {
        return TrustedIssuerBody.from(get.get(id));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id) {
        delete.delete(id);
        return HttpResponse.noContent();
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw OAuthException.invalidRequest("expires_at must be an RFC 3339 date-time such as 2030-01-01T00:00:00Z");
        }
    }

    private static String link(HttpRequest<?> request, int pageSize, Optional<String> pageToken, String rel) {
        UriBuilder uri = UriBuilder.of(request.getPath()).queryParam("page_size", pageSize);
        pageToken.ifPresent(token -> uri.queryParam("page_token", token));
        request.getParameters().getFirst("issuer").ifPresent(issuer -> uri.queryParam("issuer", issuer));
        return "<" + uri.build() + ">; rel=\"" + rel + "\"";
    }
}

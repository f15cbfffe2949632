package dev.portcullis.adapters.rest.ops;

import dev.portcullis.adapters.rest.http.ApiTags;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3 document of every route this server has, generated from the controllers when the adapter is
 * built (micronaut-openapi), one tag per surface.
 */
@OpenAPIDefinition(info = @Info(title = OpenApiController.TITLE, version = OpenApiController.VERSION,
        description = "An OAuth 2.0 and OpenID Connect authorization server", license = @License(name = "Apache-2.0")))
@Controller
@Tag(name = ApiTags.OPERATIONS)
final class OpenApiController {

    static final String TITLE = "Portcullis";
    static final String VERSION = "0.1.0";
    /** Where micronaut-openapi writes the document: {@code META-INF/swagger/<title>-<version>.yml}, lower case. */
    static final String RESOURCE = "META-INF/swagger/portcullis-0.1.0.yml";
    static final String YAML = "application/yaml";

    private final String document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build wrote no OpenAPI document at " + RESOURCE);
            }
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Get("/openapi.yml")
    @Produces({YAML, MediaType.TEXT_PLAIN})
    HttpResponse<String> openApi() {
        return HttpResponse.ok(document).contentType(YAML);
    }
}

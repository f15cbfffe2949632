package dev.portcullis.adapters.rest.ops

import dev.portcullis.adapters.rest.RestSpecification
import dev.portcullis.adapters.rest.http.ApiTags
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.web.router.Router
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.yaml.snakeyaml.Yaml

@MicronautTest
class OpenApiControllerSpec extends RestSpecification {

    private static final Set<String> METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as Set

    @Inject
    Router router

    Map<String, Object> document() {
        def response = call(HttpRequest.GET('/openapi.yml'), String)
        assert response.status == HttpStatus.OK
        new Yaml().load(response.body() as String) as Map<String, Object>
    }

    /** Every operation of the document, as {@code METHOD path}. */
    Set<String> documented(Map<String, Object> document) {
        (document.paths as Map<String, Map<String, Object>>).collectMany { path, operations ->
            operations.keySet().findAll { it in METHODS }.collect { "${it.toUpperCase()} $path".toString() }
        } as Set
    }

    /** Every route the router dispatches, as {@code METHOD path}; HEAD is implied by GET and not listed. */
    Set<String> routed() {
        router.uriRoutes().findAll { it.httpMethodName != 'HEAD' }.collect { route ->
            "${route.httpMethodName} ${route.uriMatchTemplate.toPathString()}".toString()
        } as Set
    }

    def "the server serves its OpenAPI 3 document as YAML"() {
        when:
        def response = call(HttpRequest.GET('/openapi.yml'), String)

        then:
        response.status == HttpStatus.OK
        response.contentType.get().toString().startsWith('application/yaml')
        (new Yaml().load(response.body() as String) as Map).openapi.toString().startsWith('3.')
    }

    def "every route the router knows is in the document, and every documented route exists"() {
        when:
        def documented = documented(document())
        def routed = routed()

        then:
        routed - documented == [] as Set
        documented - routed == [] as Set
        routed.size() > 30
    }

    def "each operation is tagged with the one surface it belongs to"() {
        when:
        def operations = (document().paths as Map<String, Map<String, Map<String, Object>>>).collectMany { path, ops ->
            ops.findAll { it.key in METHODS }.collect { method, operation -> [path: path, tags: operation.tags] }
        }

        then:
        operations.every { it.tags instanceof List && (it.tags as List).size() == 1 }
        operations.every { it.tags == [surfaceOf(it.path as String)] }
    }

    /** The surface a path belongs to, by the paths each one serves; a path no surface serves fails the spec. */
    private static String surfaceOf(String path) {
        def hydraEarly = ['/oauth2/consent/requests/', '/oauth2/auth/requests/', '/oauth2/auth/sessions/', '/keys/']
        if (path.startsWith('/admin/')) {
            return ApiTags.HYDRA_ADMIN
        }
        if (path == '/clients' || path.startsWith('/clients/') || path in ['/oauth2/flush', '/oauth2/tokens']
                || hydraEarly.any { path.startsWith(it) }) {
            return ApiTags.HYDRA_EARLY
        }
        if (path in ['/api/oauth2/authorize', '/oauth2/authorize']) {
            return ApiTags.BOX
        }
        if (path ==~ '/(v3|beta)/oauth-clients(/.*)?') {
            return ApiTags.SAILPOINT
        }
        if (path in ['/authorize', '/oauth/token', '/v2/logout']) {
            return ApiTags.AUTH0
        }
        if (path == '/' || path.startsWith('/v1/extensions') || path == '/api/authentication/oauth/tokens') {
            return ApiTags.AUTHRESS
        }
        if (path.startsWith('/oauth2/') || path.startsWith('/.well-known/') || path == '/userinfo') {
            return ApiTags.OAUTH
        }
        if (path.startsWith('/ui/')) {
            return ApiTags.UI
        }
        if (path.startsWith('/health/') || path == '/openapi.yml') {
            return ApiTags.OPERATIONS
        }
        throw new AssertionError("no surface serves " + path)
    }

    def "request and response bodies have real schemas"() {
        when:
        def schemas = (document().components as Map).schemas as Map<String, Object>

        then:
        ['HydraClientBody', 'TokenResponseBody', 'IntrospectionBody', 'DiscoveryDocument', 'JwksBody', 'LoginRequestBody',
         'ConsentRequestBody', 'AcceptLoginBody', 'AcceptConsentBody', 'RejectBody'].every {
            schemas.containsKey(it)
        }
        (schemas.HydraClientBody as Map).properties.containsKey('redirect_uris')
        (schemas.DiscoveryDocument as Map).properties.keySet().containsAll(['issuer', 'token_endpoint', 'grant_types_supported'])
        !schemas.keySet().any { it.startsWith('Http') || it.contains('ConversionService') }
    }
}

package dev.portcullis.bootstrap

import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** portcullis.compat.<system>.enabled=false takes a surface's routes away, and nothing else. */
class CompatSurfacesSwitchedOffSpec extends Specification {

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @AutoCleanup
    RunningServer portcullis

    def setupSpec() {
        portcullis = new RunningServer(RunningServer.h2(dataDir) + [
                'portcullis.compat.hydra0.enabled': false, 'portcullis.compat.auth0.enabled': false,
                'portcullis.compat.box.enabled'   : false, 'portcullis.compat.authress.enabled': false,
                'portcullis.compat.sailpoint.enabled': false])
    }

    def "#method #path is not served"() {
        when:
        def response = portcullis.admin(HttpRequest.create(HttpMethod.valueOf(method), path))

        then:
        response.status == HttpStatus.NOT_FOUND
        portcullis.body(response).error == 'not_found'

        where:
        method  | path
        'GET'   | '/clients'
        'GET'   | '/clients/portcullis-admin'
        'GET'   | '/oauth2/consent/requests/some-id'
        'PATCH' | '/oauth2/consent/requests/some-id/accept'
        'GET'   | '/oauth2/auth/requests/login?login_challenge=x'
        'GET'   | '/keys/hydra.openid.id-token'
        'GET'   | '/authorize?client_id=x'
        'GET'   | '/v2/logout'
        'GET'   | '/api/oauth2/authorize?client_id=x'
        'GET'   | '/oauth2/authorize?client_id=x'
        'GET'   | '/v1/extensions'
        'GET'   | '/v1/extensions/'
        'GET'   | '/v1/extensions/some-extension'
        'PUT'   | '/v1/extensions/some-extension'
        'DELETE'| '/v1/extensions/some-extension'
        'GET'   | '/?client_id=x&code_challenge=y&redirect_uri=https%3A%2F%2Fx.example.com%2F'
        'GET'   | '/v3/oauth-clients'
        'GET'   | '/beta/oauth-clients/some-client'
        'PATCH' | '/v3/oauth-clients/some-client'
        'DELETE'| '/beta/oauth-clients/some-client'
    }

    def "POST #path is not served"() {
        expect:
        portcullis.admin(HttpRequest.POST(path, [:])).status == HttpStatus.NOT_FOUND

        where:
        path << ['/oauth2/flush', '/oauth/token', '/v1/extensions', '/api/authentication/oauth/tokens',
                 '/v3/oauth-clients', '/beta/oauth-clients']
    }

    def "the operator's token no longer stands in for client credentials at /oauth2/introspect"() {
        when:
        def response = portcullis.admin(HttpRequest.POST('/oauth2/introspect', [token: 'x'])
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))

        then:
        response.status == HttpStatus.UNAUTHORIZED
        portcullis.body(response).error == 'invalid_client'
    }

    def "the server's own surfaces are still there"() {
        expect:
        portcullis.admin(HttpRequest.GET('/admin/clients')).status == HttpStatus.OK
        portcullis.admin(HttpRequest.GET('/admin/oauth2/auth/requests/login?login_challenge=x')).status == HttpStatus.NOT_FOUND
        portcullis.send(HttpRequest.GET('/.well-known/openid-configuration')).status == HttpStatus.OK
    }
}

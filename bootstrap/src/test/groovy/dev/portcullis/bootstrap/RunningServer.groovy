package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import io.micronaut.context.ApplicationContext
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.DefaultHttpClientConfiguration
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.runtime.server.EmbeddedServer

import javax.sql.DataSource
import java.nio.charset.StandardCharsets
import java.nio.file.Path
import java.sql.DriverManager

/**
 * The whole server, as the jar starts it, on a random port with the given configuration on top. The admin
 * client gets a known secret, so that specs can get admin tokens the way an operator does: client_credentials
 * at the real token endpoint. A property given as {@code null} is left unset, for instance
 * {@code 'portcullis.admin.client-secret': null} to let the server generate the admin client's secret.
 */
class RunningServer implements Closeable {

    static final String ADMIN_CLIENT_ID = 'portcullis-admin'
    static final String ADMIN_CLIENT_SECRET = 'known-admin-secret-for-the-flow-specs'
    static final String ADMIN_SCOPE = 'portcullis:admin'

    final EmbeddedServer server
    final HttpClient httpClient
    final BlockingHttpClient http
    private String adminToken

    RunningServer(Map<String, Object> properties) {
        Map<String, Object> configuration = [
                'micronaut.server.port'              : -1,
                // The production default (600 000) costs each user-chosen secret a good part of a second.
                'portcullis.secrets.pbkdf2-iterations': 1000,
                'portcullis.admin.client-secret'     : ADMIN_CLIENT_SECRET,
                // Clients' last use is written every minute in production; specs that read it should not wait that long.
                'portcullis.clients.last-used-interval': '200ms',
        ] + properties
        server = ApplicationContext.run(EmbeddedServer, configuration.findAll { it.value != null })
        httpClient = HttpClient.create(server.URL, clientConfiguration(server))
        http = httpClient.toBlocking()
    }

    /**
     * How the specs' clients talk to the server: over TLS, when a spec turns it on, trusting the server's self-signed
     * test certificate.
     */
    static DefaultHttpClientConfiguration clientConfiguration(EmbeddedServer server) {
        def configuration = new DefaultHttpClientConfiguration()
        if (server.URL.protocol == 'https') {
            configuration.sslConfiguration.insecureTrustAllCertificates = true
        }
        configuration
    }

    /** The response, also for error statuses, with the body as a JSON value. */
    HttpResponse<Object> send(HttpRequest<?> request) {
        try {
            http.exchange(request, Argument.of(Object))
        } catch (HttpClientResponseException e) {
            e.response as HttpResponse<Object>
        }
    }

    /** Sends {@code request} with this server's admin token, as the admin API requires. */
    HttpResponse<Object> admin(MutableHttpRequest<?> request) {
        send(request.bearerAuth(adminToken()))
    }

    /** An admin token got once per server and reused; specs that revoke one use {@link #newAdminToken}. */
    String adminToken() {
        adminToken = adminToken ?: newAdminToken()
    }

    /** A fresh access token with the admin scope: client_credentials, HTTP Basic, at /oauth2/token. */
    String newAdminToken() {
        def response = token(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, [grant_type: 'client_credentials', scope: ADMIN_SCOPE])
        assert response.status == HttpStatus.OK: "the admin client did not get a token: ${body(response)}"
        body(response).access_token
    }

    /** A token request authenticated with HTTP Basic. */
    HttpResponse<Object> token(String clientId, String clientSecret, Map<String, String> form) {
        send(HttpRequest.POST('/oauth2/token', form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header('Authorization', basic(clientId, clientSecret)))
    }

    /** RFC 6749 §2.3.1: the id and the secret are form-urlencoded before they are joined and encoded. */
    static String basic(String clientId, String clientSecret) {
        def joined = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ':' + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)
        'Basic ' + joined.getBytes(StandardCharsets.UTF_8).encodeBase64()
    }

    Object body(HttpResponse<Object> response) {
        response.getBody(Argument.of(Object)).orElse(null)
    }

    /** Every row {@code sql} selects, each as column label (lower case) to value, read through the server's own pool. */
    List<Map<String, Object>> rows(String sql) {
        def dataSource = DelegatingDataSource.unwrapDataSource(server.applicationContext.getBean(DataSource))
        dataSource.connection.withCloseable { connection ->
            connection.createStatement().withCloseable { statement ->
                statement.executeQuery(sql).withCloseable { result ->
                    def columns = result.metaData.columnCount
                    def rows = []
                    while (result.next()) {
                        rows << (1..columns).collectEntries { [result.metaData.getColumnLabel(it).toLowerCase(), result.getObject(it)] }
                    }
                    rows
                }
            }
        }
    }

    /** The embedded default: H2 in a file under the data folder. */
    static Map<String, Object> h2(Path dataDir) {
        ['portcullis.data-dir'    : dataDir.toString(),
         'datasources.default.url': "jdbc:h2:file:${dataDir.resolve('portcullis')}".toString()]
    }

    /** No database at all; the H2 URL points into the data folder so that a spec can see nothing was written there. */
    static Map<String, Object> memory(Path dataDir) {
        ['portcullis.storage'         : 'memory',
         'datasources.default.enabled': false,
         'portcullis.data-dir'        : dataDir.toString(),
         'datasources.default.url'    : "jdbc:h2:file:${dataDir.resolve('db')}".toString()]
    }

    /**
     * The PostgreSQL test database, in a schema of the spec's own that is emptied first: a flow spec then starts
     * from nothing, as on H2, whatever other specs left in the database or delete from it while this one runs.
     */
    static Map<String, Object> postgres(String schema, Path dataDir) {
        assert schema ==~ /[a-z_]+/
        def database = PostgresTestDatabase.properties()
        DriverManager.getConnection(database['datasources.default.url'], database['datasources.default.username'],
                database['datasources.default.password']).withCloseable { connection ->
            connection.createStatement().withCloseable { statement ->
                statement.execute("DROP SCHEMA IF EXISTS $schema CASCADE")
                statement.execute("CREATE SCHEMA $schema")
            }
        }
        def url = database['datasources.default.url']
        database + ['portcullis.data-dir'    : dataDir.toString(),
                    'datasources.default.url': url + (url.contains('?') ? '&' : '?') + "currentSchema=$schema"]
    }

    void close() {
        httpClient.close()
        server.close()
    }
}

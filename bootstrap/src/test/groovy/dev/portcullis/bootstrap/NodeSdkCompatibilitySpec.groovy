package dev.portcullis.bootstrap

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * The vendors' npm SDKs against the running server: each feature runs one Node script of {@code src/test/sdk}
 * (ORY's {@code @ory/client} for Hydra v2's login, consent and logout calls; the Pieces OS client's
 * {@code Auth0Api} for the Auth0-style endpoints), which drives the flow with the SDK's own API classes, asserts
 * each step and exits non-zero with its step log and what the SDKs sent on the wire. {@code npm ci} installs
 * the pinned packages from the lock file once per run. Node 20 or later must be on the PATH: these specs do not
 * skip themselves, so a machine without Node fails them instead of hiding them.
 */
class NodeSdkCompatibilitySpec extends Specification {

    static final File SDK_DIR = new File(System.getProperty('basedir', '.'), 'src/test/sdk').canonicalFile
    static final long SCRIPT_TIMEOUT_SECONDS = 120
    static final long NPM_TIMEOUT_SECONDS = 300

    @Shared @TempDir Path dataDir
    @Shared @AutoCleanup RunningServer portcullis
    @Shared String issuer

    def setupSpec() {
        def node = run(['node', '--version'], 30)
        assert node.exit == 0: "node is not on the PATH: ${node.output}"
        assert (node.output.trim() =~ /^v(\d+)\./)[0][1].toInteger() >= 20: "Node 20 or later is needed, found ${node.output}"
        def npm = run(['npm', 'ci', '--no-audit', '--no-fund', '--prefer-offline'], NPM_TIMEOUT_SECONDS)
        assert npm.exit == 0: "npm ci in $SDK_DIR failed:\n${npm.output}"

        // The scripts' browser follows the server's redirects, which are built from the issuer: the issuer is
        // where the server listens.
        int port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
        issuer = "http://127.0.0.1:$port".toString()
        // Clients' last use is written every 100 ms, so that SailPoint's lastUsed filters see it at once.
        portcullis = new RunningServer(RunningServer.h2(dataDir) + ['micronaut.server.port': port, 'portcullis.issuer': issuer,
                                                                   'portcullis.clients.last-used-interval': '100ms'])
    }

    def "ORY's current SDK (@ory/client) registers a client and answers login, consent and logout requests"() {
        when:
        def result = script('ory-v2-flows.mjs')

        then:
        assert result.exit == 0: result.output
    }

    def "the Pieces OS client's Auth0Api signs in at /authorize, /oauth/token and /userinfo and out at /v2/logout"() {
        when:
        def result = script('pieces-auth0.mjs')

        then:
        assert result.exit == 0: result.output
    }

    def "Authress's SDK (@authress/sdk) creates, reads, lists, updates and deletes an extension, which logs in at GET / and gets tokens at /api/authentication/oauth/tokens"() {
        when:
        def result = script('authress-extensions.mjs')

        then:
        assert result.exit == 0: result.output
    }

    def "SailPoint's sailpoint-api-client gets its token at /oauth/token and creates, lists, patches and deletes OAuth clients"() {
        when:
        def result = script('sailpoint-oauth-clients.mjs')

        then:
        assert result.exit == 0: result.output
    }

    /** Runs a script of the SDK folder against the server with a fresh admin token: its exit code and output. */
    Map script(String name) {
        def result = run(['node', name], SCRIPT_TIMEOUT_SECONDS,
                [PORTCULLIS_URL: issuer, PORTCULLIS_ADMIN_TOKEN: portcullis.newAdminToken()])
        if (result.exit == 0) {
            println result.output.trim()
        }
        result
    }

    /** Runs a command in the SDK folder, stdout and stderr together; a command that overruns is killed and fails. */
    static Map run(List<String> command, long timeoutSeconds, Map<String, String> environment = [:]) {
        def builder = new ProcessBuilder(command).directory(SDK_DIR).redirectErrorStream(true)
        builder.environment().putAll(environment)
        def process = builder.start()
        def output = new StringBuilder()
        def reader = Thread.start { process.inputStream.eachLine('UTF-8') { output.append(it).append('\n') } }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach { it.destroyForcibly() }
            process.destroyForcibly().waitFor()
            reader.join(5000)
            return [exit: -1, output: "${command.join(' ')} did not finish within $timeoutSeconds s:\n$output".toString()]
        }
        reader.join(5000)
        [exit: process.exitValue(), output: output.toString()]
    }
}

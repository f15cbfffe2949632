package dev.portcullis.bootstrap

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.client.DefaultHttpClientConfiguration
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.cookie.Cookie

/**
 * A browser as far as the authorization code flow needs one: it keeps cookies and does not follow redirects,
 * so that a spec sees every hop. URLs under the server's issuer are sent to the running server.
 */
class Browser implements Closeable {

    final HttpClient client
    final Map<String, String> cookies = [:]

    Browser(RunningServer server) {
        def configuration = RunningServer.clientConfiguration(server.server)
        configuration.followRedirects = false
        client = HttpClient.create(server.server.URL, configuration)
    }

    /** GETs a path (or an absolute URL of the issuer), storing the cookies it sets. */
    HttpResponse<String> get(String url) {
        send(HttpRequest.GET(relative(url)))
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        send(HttpRequest.POST(relative(url), form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
    }

    HttpResponse<String> send(io.micronaut.http.MutableHttpRequest<?> request) {
        cookies.each { name, value -> request.cookie(Cookie.of(name, value)) }
        HttpResponse<String> response
        try {
            response = client.toBlocking().exchange(request, String)
        } catch (HttpClientResponseException e) {
            response = e.response as HttpResponse<String>
        }
        response.headers.getAll('Set-Cookie').each { header ->
            def pair = header.split(';')[0]
            def name = pair.substring(0, pair.indexOf('='))
            def value = pair.substring(pair.indexOf('=') + 1)
            if (value.isEmpty() || header.toLowerCase().contains('max-age=0')) {
                cookies.remove(name)
            } else {
                cookies[name] = value
            }
        }
        response
    }

    static String location(HttpResponse<?> response) {
        response.headers.get('Location')
    }

    /** The query (or fragment) parameters of a URL, decoded. */
    static Map<String, String> parameters(String url, boolean fragment = false) {
        def uri = URI.create(url)
        def raw = fragment ? uri.rawFragment : uri.rawQuery
        if (!raw) {
            return [:]
        }
        raw.split('&').collectEntries { pair ->
            def (name, value) = pair.split('=', 2) as List
            [URLDecoder.decode(name, 'UTF-8'), URLDecoder.decode(value ?: '', 'UTF-8')]
        }
    }

    private static String relative(String url) {
        if (!url.startsWith('http')) {
            return url
        }
        def uri = URI.create(url)
        uri.rawPath + (uri.rawQuery ? '?' + uri.rawQuery : '')
    }

    void close() {
        client.close()
    }
}

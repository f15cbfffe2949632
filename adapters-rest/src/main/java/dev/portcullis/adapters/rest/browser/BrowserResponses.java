package dev.portcullis.adapters.rest.browser;

import dev.portcullis.adapters.rest.error.ErrorStatuses;
import dev.portcullis.adapters.rest.http.FormParameters;
import dev.portcullis.adapters.rest.http.Issuer;
import dev.portcullis.adapters.rest.http.NoStore;
import dev.portcullis.application.authorization.BrowserRequest;
import dev.portcullis.application.authorization.BrowserResponse;
import dev.portcullis.application.authorization.CookieChange;
import dev.portcullis.domain.error.OAuthError;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the flow's answers into HTTP: redirects (302, as ORY Hydra sends), the built-in error page, the
 * auto-submitting {@code form_post} page, and cookies that are {@code HttpOnly}, {@code SameSite=Lax} (they
 * must travel on the top-level redirects that come back from the login app) and {@code Secure} when the
 * issuer is HTTPS. Nothing here is cached, framed or sent on to another site as a referrer.
 */
@Singleton
public final class BrowserResponses {

    /** RFC 6265bis §4.1.3.2: a cookie so named must be Secure, for Path=/ and without Domain. */
    static final String HOST_PREFIX = "__Host-";

    private final boolean secureCookies;
    private final Issuer issuer;

    BrowserResponses(Issuer issuer) {
        this.secureCookies = issuer.isHttps();
        this.issuer = issuer;
    }

    /** The browser endpoint at {@code path} under the issuer, answered by {@code useCase}. */
    public BrowserEndpoint endpoint(String path, Function<BrowserRequest, BrowserResponse> useCase) {
        return new BrowserEndpoint(this, issuer.url(path), useCase);
    }

    /**
     * The parts of a browser request the use cases read. Under HTTPS the flow's cookies travel with the
     * {@code __Host-} prefix, which a sibling subdomain cannot set, and only prefixed ones are read.
     */
    private BrowserRequest request(HttpRequest<?> request, Map<String, String> parameters, Set<String> repeated,
                                   String url) {
        Map<String, String> cookies = new LinkedHashMap<>();
        request.getCookies().getAll().forEach(cookie -> {
            String name = cookie.getName();
            if (!secureCookies) {
                cookies.putIfAbsent(name, cookie.getValue());
            } else if (name.startsWith(HOST_PREFIX)) {
                cookies.putIfAbsent(name.substring(HOST_PREFIX.length()), cookie.getValue());
            }
        });
        return new BrowserRequest(parameters, repeated, cookies, url);
    }

    /**
     * Answers a browser endpoint: decodes its query or form ({@code encoded}), runs {@code useCase} and writes
     * its answer; a malformed escape gets the error page.
     */
    MutableHttpResponse<?> answer(HttpRequest<?> request, String encoded, String url,
                                  Function<BrowserRequest, BrowserResponse> useCase) {
        FormParameters.Lenient parameters;
        try {
            parameters = FormParameters.parseLenient(encoded);
        } catch (OAuthException e) {
            return errorPage(e.error());
        }
        return write(useCase.apply(request(request, parameters.first(), parameters.repeated(), url)));
    }

    public MutableHttpResponse<?> write(BrowserResponse answer) {
        MutableHttpResponse<?> response;
        if (answer instanceof BrowserResponse.ShowError show) {
            response = errorPage(show.error());
        } else if (answer instanceof BrowserResponse.Redirect redirect) {
            response = redirect(redirect.location());
        } else {
            response = toClient((BrowserResponse.ToClient) answer);
        }
        for (CookieChange change : answer.cookies()) {
            response.cookie(cookie(change));
        }
        return protect(response);
    }

    /** The built-in error page, for errors that must not reach a client. */
    public MutableHttpResponse<?> errorPage(OAuthError error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("error", error.code().value());
        model.put("description", error.description());
        return protect(HttpResponse.status(ErrorStatuses.of(error.code())).body(new ModelAndView<>("error", model)));
    }

    /**
     * No caching, no framing, and no referrer to other sites: the pages and redirects carry codes and challenges.
     * {@code same-origin} rather than {@code no-referrer}: with the latter a browser sends {@code Origin: null} on
     * the pages' own form posts, which Micronaut refuses (403) on a server bound to localhost.
     */
    public static MutableHttpResponse<?> protect(MutableHttpResponse<?> response) {
        NoStore.apply(response);
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Content-Type-Options", "nosniff");
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy",
                    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'");
        }
        return response;
    }

    private static MutableHttpResponse<?> redirect(String location) {
        return HttpResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location);
    }

    private static MutableHttpResponse<?> toClient(BrowserResponse.ToClient answer) {
        String encoded = answer.parameters().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return switch (answer.mode()) {
            case QUERY -> redirect(answer.redirectUri() + (answer.redirectUri().contains("?") ? "&" : "?") + encoded);
            case FRAGMENT -> redirect(answer.redirectUri() + "#" + encoded);
            case FORM_POST -> formPost(answer);
        };
    }

    /** OAuth 2.0 Form Post Response Mode: a page that posts the response to the client at once. */
    private static MutableHttpResponse<?> formPost(BrowserResponse.ToClient answer) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("action", answer.redirectUri());
        model.put("parameters", List.copyOf(answer.parameters().entrySet()));
        return HttpResponse.ok(new ModelAndView<>("form_post", model)).header("Content-Security-Policy",
                "default-src 'none'; script-src 'sha256-" + FormPostScript.HASH + "'; style-src 'self'; "
                        + "form-action " + origin(answer.redirectUri()) + "; frame-ancestors 'none'");
    }

    /** The CSP source for a redirect URI: its scheme, host and port, or its scheme alone for a private-use one. */
    static String origin(String uri) {
        URI parsed = URI.create(uri);
        if (parsed.getHost() == null) {
            return parsed.getScheme() + ":";
        }
        return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort());
    }

    private Cookie cookie(CookieChange change) {
        Cookie cookie = Cookie.of((secureCookies ? HOST_PREFIX : "") + change.name(), change.value().orElse(""))
                .path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secureCookies);
        change.maxAge().ifPresent(maxAge -> cookie.maxAge(maxAge.toSeconds()));
        return cookie;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

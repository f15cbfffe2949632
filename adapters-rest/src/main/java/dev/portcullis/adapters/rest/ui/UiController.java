package dev.portcullis.adapters.rest.ui;

import dev.portcullis.adapters.rest.browser.BrowserResponses;
import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.adapters.rest.http.FormParameters;
import dev.portcullis.adapters.rest.ratelimit.CallerAddresses;
import dev.portcullis.adapters.rest.ratelimit.TooManyRequests;
import dev.portcullis.application.authorization.AcceptConsentRequestUseCase;
import dev.portcullis.application.authorization.AcceptLoginRequestUseCase;
import dev.portcullis.application.authorization.AcceptLogoutRequestUseCase;
import dev.portcullis.application.authorization.ConsentAnswer;
import dev.portcullis.application.authorization.ConsentRequestView;
import dev.portcullis.application.authorization.GetConsentRequestUseCase;
import dev.portcullis.application.authorization.GetLoginRequestUseCase;
import dev.portcullis.application.authorization.GetLogoutRequestUseCase;
import dev.portcullis.application.authorization.LoginAnswer;
import dev.portcullis.application.authorization.LoginRequestView;
import dev.portcullis.application.authorization.LogoutRequestView;
import dev.portcullis.application.authorization.Redirection;
import dev.portcullis.application.authorization.RejectAnswer;
import dev.portcullis.application.authorization.RejectConsentRequestUseCase;
import dev.portcullis.application.authorization.RejectLoginRequestUseCase;
import dev.portcullis.application.authorization.RejectLogoutRequestUseCase;
import dev.portcullis.application.ratelimit.Admission;
import dev.portcullis.application.ratelimit.AdmitRequestUseCase;
import dev.portcullis.application.ratelimit.CheckRateLimitUseCase;
import dev.portcullis.application.ratelimit.Throttle;
import dev.portcullis.application.ratelimit.ThrottledRequest;
import dev.portcullis.application.user.LocalUser;
import dev.portcullis.application.user.SignInUseCase;
import dev.portcullis.domain.authorization.ScopeClaims;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in login, consent and logout pages (DESIGN.md §4). They read and answer the flow's requests through
 * the same use cases as the admin API; a skipped login or consent is accepted at once, without a page.
 */
@Controller(UiController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiTags.UI)
final class UiController {

    /** Where the built-in pages live. */
    static final String PATH = "/ui";

    /** "Keep me signed in" remembers the login this long. */
    static final Duration REMEMBER_LOGIN = Duration.ofDays(30);

    /** The login, consent and logout requests, read and answered as the admin API does. */
    record Requests(GetLoginRequestUseCase getLogin, AcceptLoginRequestUseCase acceptLogin,
                    RejectLoginRequestUseCase rejectLogin, GetConsentRequestUseCase getConsent,
                    AcceptConsentRequestUseCase acceptConsent, RejectConsentRequestUseCase rejectConsent,
                    GetLogoutRequestUseCase getLogout, AcceptLogoutRequestUseCase acceptLogout,
                    RejectLogoutRequestUseCase rejectLogout) {
    }

    /**
     * Failed sign-ins are counted per username and per address; a username or address over its limit is refused
     * before the password's slow hash is checked. Successful sign-ins count for nothing.
     */
    record SignInLimits(CheckRateLimitUseCase check, AdmitRequestUseCase count, CallerAddresses addresses) {

        /** The refusal when the username or the address is over its limit. */
        Optional<Admission.Refused> refusal(HttpRequest<?> request, String username) {
            for (ThrottledRequest attempt : attempts(request, username)) {
                if (check.check(attempt) instanceof Admission.Refused refused) {
                    return Optional.of(refused);
                }
            }
            return Optional.empty();
        }

        void failed(HttpRequest<?> request, String username) {
            attempts(request, username).forEach(count::admit);
        }

        private List<ThrottledRequest> attempts(HttpRequest<?> request, String username) {
            return List.of(new ThrottledRequest(Throttle.LOGIN_PER_USERNAME, username),
                    new ThrottledRequest(Throttle.LOGIN_PER_IP, addresses.of(request)));
        }
    }

    private final Requests requests;
    private final SignInUseCase signIn;
    private final SignInLimits limits;
    private final BrowserResponses responses;
    private final FormTokens formTokens;
    private final BuiltInLogin builtInLogin;

    UiController(GetLoginRequestUseCase getLogin, AcceptLoginRequestUseCase acceptLogin,
                 RejectLoginRequestUseCase rejectLogin, GetConsentRequestUseCase getConsent,
                 AcceptConsentRequestUseCase acceptConsent, RejectConsentRequestUseCase rejectConsent,
                 GetLogoutRequestUseCase getLogout, AcceptLogoutRequestUseCase acceptLogout,
                 RejectLogoutRequestUseCase rejectLogout, SignInUseCase signIn, CheckRateLimitUseCase checkLimit,
                 AdmitRequestUseCase countFailure, CallerAddresses addresses, BrowserResponses responses,
                 FormTokens formTokens, BuiltInLogin builtInLogin) {
        this.requests = new Requests(getLogin, acceptLogin, rejectLogin, getConsent, acceptConsent, rejectConsent,
                getLogout, acceptLogout, rejectLogout);
        this.signIn = signIn;
        this.limits = new SignInLimits(checkLimit, countFailure, addresses);
        this.responses = responses;
        this.formTokens = formTokens;
        this.builtInLogin = builtInLogin;
    }

    @Get("/login")
    MutableHttpResponse<?> loginPage(HttpRequest<?> request, @Nullable @QueryValue("login_challenge") String challenge) {
        try {
            LoginRequestView view = requests.getLogin().get(challenge == null ? "" : challenge);
            if (view.skip()) {
                // The remembered session began with a sign-in on this page: the same acr.
                return seeOther(requests.acceptLogin().accept(new LoginAnswer(view.challenge(), view.subject(), true, 0,
                        Optional.of(builtInLogin.acr()), List.of(), JsonDocument.EMPTY)));
            }
            return loginForm(request, challenge, view, Optional.ofNullable(view.oidcContext().loginHint().orElse(null)),
                    Optional.empty(), HttpStatus.OK);
        } catch (OAuthException e) {
            return responses.errorPage(e.error());
        }
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> submitLogin(HttpRequest<?> request, @Nullable @Body String body) {
        try {
            Map<String, String> form = checkedForm(request, body, "login");
            String challenge = form.getOrDefault("login_challenge", "");
            if ("deny".equals(form.get("action"))) {
                return seeOther(requests.rejectLogin().reject(new RejectAnswer(challenge, Optional.of("access_denied"),
                        Optional.of("the user cancelled the login"), Optional.empty(), Optional.empty())));
            }
            LoginRequestView view = requests.getLogin().get(challenge);
            String username = form.getOrDefault("username", "");
            Optional<Admission.Refused> limited = limits.refusal(request, username);
            if (limited.isPresent()) {
                return TooManyRequests.retryAfter(loginForm(request, challenge, view, Optional.of(username),
                        Optional.of("Too many failed sign-ins. Wait " + limited.get().retryAfterSeconds()
                                + " seconds, then try again."), HttpStatus.TOO_MANY_REQUESTS), limited.get());
            }
            Optional<LocalUser> user = signIn.signIn(username, form.getOrDefault("password", ""));
            if (user.isEmpty()) {
                limits.failed(request, username);
                return loginForm(request, challenge, view, Optional.of(username),
                        Optional.of("The username or password is not right."), HttpStatus.UNAUTHORIZED);
            }
            boolean remember = "on".equals(form.get("remember"));
            return seeOther(requests.acceptLogin().accept(new LoginAnswer(challenge, user.get().subject(), remember,
                    remember ? REMEMBER_LOGIN.toSeconds() : 0, Optional.of(builtInLogin.acr()), List.of("pwd"),
                    JsonDocument.EMPTY)));
        } catch (OAuthException e) {
            return responses.errorPage(e.error());
        }
    }

    @Get("/consent")
    MutableHttpResponse<?> consentPage(HttpRequest<?> request,
                                       @Nullable @QueryValue("consent_challenge") String challenge) {
        try {
            ConsentRequestView view = requests.getConsent().get(challenge == null ? "" : challenge);
            if (view.skip()) {
                return seeOther(requests.acceptConsent().accept(grantAll(view, false)));
            }
            String token = formTokens.tokenFor(request);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("challenge", challenge);
            model.put("csrf", formTokens.fieldFor(token, "consent", challenge));
            model.put("clientName", clientName(view.client()));
            putClientUris(model, view.client());
            model.put("subject", view.subject());
            model.put("scopes", view.requestedScope().stream()
                    .map(scope -> Map.of("name", scope, "description", ScopeDescriptions.describe(scope))).toList());
            model.put("audiences", view.requestedAudience());
            return page("consent", model, token, HttpStatus.OK);
        } catch (OAuthException e) {
            return responses.errorPage(e.error());
        }
    }

    @Post("/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> submitConsent(HttpRequest<?> request, @Nullable @Body String body) {
        try {
            Map<String, String> form = checkedForm(request, body, "consent");
            String challenge = form.getOrDefault("consent_challenge", "");
            if (!"allow".equals(form.get("action"))) {
                return seeOther(requests.rejectConsent().reject(new RejectAnswer(challenge, Optional.of("access_denied"),
                        Optional.of("the user denied the request"), Optional.empty(), Optional.empty())));
            }
            ConsentRequestView view = requests.getConsent().get(challenge);
            return seeOther(requests.acceptConsent().accept(grantAll(view, "on".equals(form.get("remember")))));
        } catch (OAuthException e) {
            return responses.errorPage(e.error());
        }
    }

    @Get("/logout")
    MutableHttpResponse<?> logoutPage(HttpRequest<?> request, @Nullable @QueryValue("logout_challenge") String challenge) {
        try {
            LogoutRequestView view = requests.getLogout().get(challenge == null ? "" : challenge);
            String token = formTokens.tokenFor(request);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("challenge", challenge);
            model.put("csrf", formTokens.fieldFor(token, "logout", challenge));
            model.put("subject", view.subject());
            model.put("clientName", view.client().map(UiController::clientName).orElse(""));
            return page("logout", model, token, HttpStatus.OK);
        } catch (OAuthException e) {
            return responses.errorPage(e.error());
        }
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> submitLogout(HttpRequest<?> request, @Nullable @Body String body) {
        try {
            Map<String, String> form = checkedForm(request, body, "logout");
            String challenge = form.getOrDefault("logout_challenge", "");
            if ("yes".equals(form.get("action"))) {
                return seeOther(requests.acceptLogout().accept(challenge));
            }
            requests.rejectLogout().reject(challenge);
            return page("message", Map.of("title", "Still signed in", "message", "You are still signed in."), null,
                    HttpStatus.OK);
        } catch (OAuthException e) {
            return responses.errorPage(e.error());
        }
    }

    @Get("/logged-out")
    MutableHttpResponse<?> loggedOut() {
        return page("message", Map.of("title", "Signed out", "message", "You have been signed out."), null, HttpStatus.OK);
    }

    private MutableHttpResponse<?> loginForm(HttpRequest<?> request, String challenge, LoginRequestView view,
                                             Optional<String> username, Optional<String> error, HttpStatus status) {
        String token = formTokens.tokenFor(request);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("challenge", challenge);
        model.put("csrf", formTokens.fieldFor(token, "login", challenge));
        model.put("clientName", clientName(view.client()));
        putClientUris(model, view.client());
        model.put("username", username.orElse(""));
        model.put("error", error.orElse(""));
        return page("login", model, token, status);
    }

    /**
     * Grants what was requested, and the user's claims that the granted scopes release or the {@code claims}
     * parameter names, for userinfo: with {@code response_type=code} they are not ID token claims (OIDC Core
     * §5.4); the ID token gets those the {@code claims} parameter asks for there (§5.5).
     */
    private ConsentAnswer grantAll(ConsentRequestView view, boolean remember) {
        Map<String, Object> claims = new LinkedHashMap<>();
        Set<String> named = view.oidcContext().claims().names();
        signIn.bySubject(view.subject()).ifPresent(user -> user.claims().members().forEach((name, value) -> {
            if (ScopeClaims.releases(view.requestedScope(), name) || named.contains(name)) {
                claims.put(name, value);
            }
        }));
        return new ConsentAnswer(view.challenge(), view.requestedScope(), view.requestedAudience(), remember, 0,
                JsonDocument.EMPTY, JsonDocument.EMPTY, new JsonDocument(claims));
    }

    /** The form, once its CSRF field is found to belong to this browser and to the {@code purpose} form's challenge. */
    private Map<String, String> checkedForm(HttpRequest<?> request, String body, String purpose) {
        Map<String, String> form = FormParameters.parse(body);
        String challenge = form.getOrDefault(purpose + "_challenge", "");
        if (!formTokens.matches(request, form.get(FormTokens.FIELD), purpose, challenge)) {
            throw OAuthException.invalidRequest("the form's CSRF token is missing or wrong: reload the page and try again");
        }
        return form;
    }

    private MutableHttpResponse<?> page(String view, Map<String, Object> model, String token, HttpStatus status) {
        MutableHttpResponse<?> response = HttpResponse.status(status).body(new ModelAndView<>(view, model));
        if (token != null) {
            formTokens.remember(response, token);
        }
        if (!"".equals(model.getOrDefault("logoUri", ""))) {
            // The client's logo is on its own host: images from any https origin, and still nothing else.
            response.header("Content-Security-Policy",
                    "default-src 'none'; style-src 'self'; img-src 'self' https:; base-uri 'none'; frame-ancestors 'none'");
        }
        return BrowserResponses.protect(response);
    }

    /**
     * The client's logo, privacy policy and terms of service (RFC 7591 §2, OIDC Registration §2), which the login and
     * consent pages show the user; empty strings when it registered none.
     */
    private static void putClientUris(Map<String, Object> model, Optional<Client> client) {
        model.put("logoUri", client.flatMap(c -> c.metadata().uris().logoUri()).filter(UiController::https).map(Object::toString).orElse(""));
        model.put("policyUri", client.flatMap(c -> c.metadata().uris().policyUri()).map(Object::toString).orElse(""));
        model.put("tosUri", client.flatMap(c -> c.metadata().uris().tosUri()).map(Object::toString).orElse(""));
    }

    private static boolean https(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    private static MutableHttpResponse<?> seeOther(Redirection redirection) {
        return BrowserResponses.protect(HttpResponse.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, redirection.redirectTo()));
    }

    private static String clientName(Optional<Client> client) {
        return client.map(UiController::clientName).orElse("");
    }

    private static String clientName(Client client) {
        String name = client.metadata().clientName();
        return name.isBlank() ? client.id().value() : name;
    }
}

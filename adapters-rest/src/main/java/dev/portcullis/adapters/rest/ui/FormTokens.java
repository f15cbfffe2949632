package dev.portcullis.adapters.rest.ui;

import dev.portcullis.adapters.rest.http.Issuer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF protection of the built-in pages' forms by double submission: a random token in a strict, HttpOnly cookie,
 * and in a hidden field of each form a value derived from it and bound to the form's purpose and challenge (an
 * HMAC keyed by the cookie's token). A page on another site can make the browser send the cookie with a form post
 * but cannot read it to fill in the field, and a field taken from one form (say, the login page of another login
 * request) does not fit any other. Under HTTPS the cookie has the {@code __Host-} prefix, so that a sibling
 * subdomain cannot plant one of its own.
 */
@Singleton
final class FormTokens {

    static final String COOKIE = "portcullis_ui_csrf";
    static final String SECURE_COOKIE = "__Host-" + COOKIE;
    static final String FIELD = "csrf_token";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final boolean secure;
    private final String cookieName;

    FormTokens(Issuer issuer) {
        this.secure = issuer.isHttps();
        this.cookieName = secure ? SECURE_COOKIE : COOKIE;
    }

    /** The browser's token, or a new one (to be set with {@link #remember}). */
    String tokenFor(HttpRequest<?> request) {
        return current(request).orElseGet(() -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            return BASE64URL.encodeToString(bytes);
        });
    }

    void remember(MutableHttpResponse<?> response, String token) {
        response.cookie(Cookie.of(cookieName, token).path("/").httpOnly(true).sameSite(SameSite.Strict).secure(secure));
    }

    /** The hidden field of the {@code purpose} form for {@code challenge}, in a browser holding {@code token}. */
    String fieldFor(String token, String purpose, String challenge) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal((purpose + '\n' + challenge).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** Whether the form's field is the one this browser's cookie gives the {@code purpose} form for {@code challenge}. */
    boolean matches(HttpRequest<?> request, String field, String purpose, String challenge) {
        Optional<String> cookie = current(request);
        return cookie.isPresent() && field != null && MessageDigest.isEqual(
                fieldFor(cookie.get(), purpose, challenge).getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.US_ASCII));
    }

    private Optional<String> current(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(value -> value.length() == 43);
    }
}

package dev.portcullis.domain.authorization;

import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One authorization request on its way to a code (DESIGN.md §5): the request, the login and consent
 * answers, and the keyed hashes of the challenges, verifiers and code that move it forward. Its id is also
 * the grant id of every token the code yields, so that reusing the code or revoking the consent reaches
 * them all. Immutable; each step returns the next version, which storage writes only over the version it
 * was derived from, so that of two concurrent steps exactly one lands.
 *
 * @param csrf         the keyed hash of the CSRF cookie set on the browser that started the flow
 * @param remembered   the login session that lets the login app skip the login, when there was one
 * @param sessionId    the login session ({@code sid}) the flow ended up with, once the login verifier is used
 * @param expiresAt    when storage may forget the flow
 */
public record AuthorizationFlow(
        GrantId id,
        int version,
        FlowStage stage,
        AuthorizationRequest request,
        Instant requestedAt,
        TokenSignature csrf,
        TokenSignature loginChallenge,
        Optional<LoginSession> remembered,
        Optional<LoginAcceptance> login,
        Optional<TokenSignature> loginVerifier,
        Optional<String> sessionId,
        Optional<TokenSignature> consentChallenge,
        boolean consentSkip,
        Optional<ConsentAcceptance> consent,
        Optional<TokenSignature> consentVerifier,
        Optional<Rejection> rejection,
        Optional<TokenSignature> code,
        Optional<Instant> codeExpiresAt,
        Instant expiresAt) {

    public AuthorizationFlow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(loginChallenge, "loginChallenge");
        Objects.requireNonNull(remembered, "remembered");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(loginVerifier, "loginVerifier");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(consentChallenge, "consentChallenge");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(consentVerifier, "consentVerifier");
        Objects.requireNonNull(rejection, "rejection");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codeExpiresAt, "codeExpiresAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new flow waiting for the login app. */
    public static AuthorizationFlow start(GrantId id, AuthorizationRequest request, Instant now, TokenSignature csrf,
                                          TokenSignature loginChallenge, Optional<LoginSession> remembered,
                                          Instant expiresAt) {
        return new AuthorizationFlow(id, 0, FlowStage.LOGIN_REQUESTED, request, now, csrf, loginChallenge, remembered,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), expiresAt);
    }

    /** Whether the login app may skip the login: a remembered session stands in for it. */
    public boolean loginSkip() {
        return remembered.isPresent();
    }

    /** This flow as a consent in force, when it is one ({@link FlowStage#isConsented()}). */
    public Optional<ConsentedFlow> consented() {
        return stage.isConsented() ? Optional.of(new ConsentedFlow(this)) : Optional.empty();
    }

    /** The subject, once known: from the remembered session or the accepted login. */
    public Optional<String> subject() {
        return login.map(LoginAcceptance::subject).or(() -> remembered.map(LoginSession::subject));
    }

    public AuthorizationFlow acceptLogin(LoginAcceptance acceptance, TokenSignature verifier) {
        expect(FlowStage.LOGIN_REQUESTED);
        return next(FlowStage.LOGIN_ANSWERED, Optional.of(acceptance), Optional.of(verifier), sessionId,
                consentChallenge, consentSkip, consent, consentVerifier, rejection, code, codeExpiresAt, expiresAt);
    }

    public AuthorizationFlow rejectLogin(Rejection reason, TokenSignature verifier) {
        expect(FlowStage.LOGIN_REQUESTED);
        return next(FlowStage.LOGIN_ANSWERED, login, Optional.of(verifier), sessionId, consentChallenge, consentSkip,
                consent, consentVerifier, Optional.of(reason), code, codeExpiresAt, expiresAt);
    }

    /**
     * One app answered the login and the consent at once (ORY Hydra's early consent flow): the flow goes straight
     * to an accepted consent. No verifier is handed out; the browser returns with the login challenge.
     */
    public AuthorizationFlow acceptLoginAndConsent(LoginAcceptance loginAcceptance, String loginSessionId,
                                                   ConsentAcceptance consentAcceptance) {
        expect(FlowStage.LOGIN_REQUESTED);
        return next(FlowStage.CONSENT_ANSWERED, Optional.of(loginAcceptance), loginVerifier, Optional.of(loginSessionId),
                consentChallenge, false, Optional.of(consentAcceptance), consentVerifier, rejection, code, codeExpiresAt,
                expiresAt);
    }

    /** The login verifier came back from the browser: the consent app is asked next. */
    public AuthorizationFlow requestConsent(String loginSessionId, TokenSignature challenge, boolean skip) {
        expect(FlowStage.LOGIN_ANSWERED);
        if (login.isEmpty()) {
            throw new IllegalStateException("a rejected login does not lead to consent");
        }
        return next(FlowStage.CONSENT_REQUESTED, login, loginVerifier, Optional.of(loginSessionId),
                Optional.of(challenge), skip, consent, consentVerifier, rejection, code, codeExpiresAt, expiresAt);
    }

    public AuthorizationFlow acceptConsent(ConsentAcceptance acceptance, TokenSignature verifier) {
        expect(FlowStage.CONSENT_REQUESTED);
        return next(FlowStage.CONSENT_ANSWERED, login, loginVerifier, sessionId, consentChallenge, consentSkip,
                Optional.of(acceptance), Optional.of(verifier), rejection, code, codeExpiresAt, expiresAt);
    }

    public AuthorizationFlow rejectConsent(Rejection reason, TokenSignature verifier) {
        expect(FlowStage.CONSENT_REQUESTED);
        return next(FlowStage.CONSENT_ANSWERED, login, loginVerifier, sessionId, consentChallenge, consentSkip,
                consent, Optional.of(verifier), Optional.of(reason), code, codeExpiresAt, expiresAt);
    }

    /** The flow ends with an error sent to the client (a rejection, or a prompt that could not be honoured). */
    public AuthorizationFlow fail(Optional<Rejection> reason) {
        if (stage.isConsented() || stage == FlowStage.REVOKED || stage == FlowStage.FAILED) {
            throw new IllegalStateException("a flow in stage " + stage.wireName() + " cannot fail");
        }
        return next(FlowStage.FAILED, login, loginVerifier, sessionId, consentChallenge, consentSkip, consent,
                consentVerifier, reason.or(() -> rejection), code, codeExpiresAt, expiresAt);
    }

    /** The consent verifier came back: the code goes to the client. */
    public AuthorizationFlow issueCode(TokenSignature codeSignature, Instant codeExpiry, Instant keepUntil) {
        expect(FlowStage.CONSENT_ANSWERED);
        if (consent.isEmpty()) {
            throw new IllegalStateException("a rejected consent yields no code");
        }
        return next(FlowStage.CODE_ISSUED, login, loginVerifier, sessionId, consentChallenge, consentSkip, consent,
                consentVerifier, rejection, Optional.of(codeSignature), Optional.of(codeExpiry), keepUntil);
    }

    /** The consent verifier came back to an implicit request: its tokens go to the client, without a code. */
    public AuthorizationFlow issueTokens(Instant keepUntil) {
        expect(FlowStage.CONSENT_ANSWERED);
        if (consent.isEmpty()) {
            throw new IllegalStateException("a rejected consent yields no tokens");
        }
        if (!request.isImplicit()) {
            throw new IllegalStateException("a request for a code yields a code first");
        }
        return next(FlowStage.TOKENS_ISSUED, login, loginVerifier, sessionId, consentChallenge, consentSkip, consent,
                consentVerifier, rejection, code, codeExpiresAt, keepUntil);
    }

    public AuthorizationFlow redeemCode() {
        expect(FlowStage.CODE_ISSUED);
        return next(FlowStage.CODE_REDEEMED, login, loginVerifier, sessionId, consentChallenge, consentSkip, consent,
                consentVerifier, rejection, code, codeExpiresAt, expiresAt);
    }

    /** The consent is withdrawn; the caller revokes the grant's tokens. */
    public AuthorizationFlow revoke() {
        if (!stage.isConsented()) {
            throw new IllegalStateException("only a consent in force can be revoked");
        }
        return next(FlowStage.REVOKED, login, loginVerifier, sessionId, consentChallenge, consentSkip, consent,
                consentVerifier, rejection, code, codeExpiresAt, expiresAt);
    }

    /** Keeps the flow at least until {@code instant}, as long as tokens of its grant may be used. */
    public AuthorizationFlow keepUntil(Instant instant) {
        if (!instant.isAfter(expiresAt)) {
            return this;
        }
        return next(stage, login, loginVerifier, sessionId, consentChallenge, consentSkip, consent, consentVerifier,
                rejection, code, codeExpiresAt, instant);
    }

    private void expect(FlowStage expected) {
        if (stage != expected) {
            throw new IllegalStateException("the flow is in stage " + stage.wireName() + ", not " + expected.wireName());
        }
    }

    private AuthorizationFlow next(FlowStage nextStage, Optional<LoginAcceptance> nextLogin,
                                   Optional<TokenSignature> nextLoginVerifier, Optional<String> nextSessionId,
                                   Optional<TokenSignature> nextConsentChallenge, boolean nextConsentSkip,
                                   Optional<ConsentAcceptance> nextConsent, Optional<TokenSignature> nextConsentVerifier,
                                   Optional<Rejection> nextRejection, Optional<TokenSignature> nextCode,
                                   Optional<Instant> nextCodeExpiresAt, Instant nextExpiresAt) {
        return new AuthorizationFlow(id, version + 1, nextStage, request, requestedAt, csrf, loginChallenge, remembered,
                nextLogin, nextLoginVerifier, nextSessionId, nextConsentChallenge, nextConsentSkip, nextConsent,
                nextConsentVerifier, nextRejection, nextCode, nextCodeExpiresAt, nextExpiresAt);
    }
}

// The Pieces OS client's Auth0Api (@pieces.app/pieces-os-client) against Portcullis's Auth0-style endpoints:
// authorizeAuth0 starts the flow at /authorize, exchangeForAuth0Token redeems the code at /oauth/token,
// getAuth0UserInfo reads /userinfo and auth0Logout ends the session at /v2/logout. The SDK's Configuration gets
// a fetchApi that keeps cookies and follows no redirect, so the SDK's own request starts the flow and its 302
// surfaces as the SDK's ResponseError, whose Location is read. @ory/client plays the login and consent app and
// registers the public client.
//
//   PORTCULLIS_URL=http://127.0.0.1:4444 PORTCULLIS_ADMIN_TOKEN=... node pieces-auth0.mjs
import pieces from '@pieces.app/pieces-os-client';
import { Configuration as OryConfiguration, OAuth2Api } from '@ory/client';
import {
    assert, Browser, claims, describe, header, main, note, parameters, pkce, query, server, step, unique,
} from './lib.mjs';

const { Auth0Api, Configuration, ResponseError, AuthorizeAuth0ScopeEnum: Scope } = pieces;

const CALLBACK = 'http://localhost:3000/pkce/response/code';
const RETURN_TO = 'http://localhost:3000/logged-out';
const AUDIENCE = 'https://pieces.example.com/api/v2/';
const SCOPES = [Scope.Email, Scope.Profile, Scope.OfflineAccess, Scope.Openid];

await main('pieces-auth0', async tap => {
    const admin = new OAuth2Api(new OryConfiguration({ basePath: tap.url, accessToken: server.adminToken }));
    const browser = new Browser();
    // The SDK's requests go through the browser's fetch: cookies kept, redirects not followed.
    const auth0 = new Auth0Api(new Configuration({ basePath: tap.url, fetchApi: browser.fetch }));
    const subject = unique('pieces-user');

    const client = await step('OAuth2Api.createOAuth2Client registers a public client for the audience', async () => {
        const { data } = await admin.createOAuth2Client({
            oAuth2Client: {
                client_name: 'pieces-auth0',
                grant_types: ['authorization_code', 'refresh_token'],
                response_types: ['code'],
                redirect_uris: [CALLBACK],
                post_logout_redirect_uris: [RETURN_TO],
                scope: 'openid email profile offline_access',
                audience: [AUDIENCE],
                token_endpoint_auth_method: 'none',
            },
        });
        assert.equal(data.token_endpoint_auth_method, 'none');
        note(`client_id ${data.client_id}`);
        return data;
    });

    /** Auth0Api.authorizeAuth0 with the SDK's own request: the 302 it is answered with, as its Location. */
    async function authorize(state, challenge, extra = {}) {
        const error = await auth0.authorizeAuth0({
            audience: AUDIENCE,
            scope: SCOPES,
            responseType: 'code',
            clientId: client.client_id,
            codeChallengeMethod: 'S256',
            codeChallenge: challenge,
            responseMode: 'query',
            state,
            redirectUri: CALLBACK,
            ...extra,
        }).then(result => assert.fail(`authorizeAuth0 should be answered with a redirect, got ${JSON.stringify(result)}`),
            error => error);
        assert.ok(error instanceof ResponseError, `authorizeAuth0 failed otherwise than with a redirect: ${describe(error)}`);
        assert.equal(error.response.status, 302, `authorizeAuth0: ${describe(error)} ${await error.response.text()}`);
        const location = error.response.headers.get('location');
        note(`authorizeAuth0 -> 302 ${location}`);
        return location;
    }

    /** The login and consent app (@ory/client) accept; the browser follows: where it is sent at the end. */
    async function loginAndConsent(location) {
        const loginChallenge = parameters(location).login_challenge;
        assert.ok(loginChallenge, `the browser goes to the login app with a login_challenge, not to ${location}`);
        const loginRequest = (await admin.getOAuth2LoginRequest({ loginChallenge })).data;
        assert.equal(loginRequest.client.client_id, client.client_id);
        assert.deepEqual(loginRequest.requested_access_token_audience, [AUDIENCE]);
        // A skipped login is only confirmed; a new one is remembered, so that the later flows skip it.
        const answer = loginRequest.skip ? { subject } : { subject, remember: true, remember_for: 3600 };
        const accepted = (await admin.acceptOAuth2LoginRequest({ loginChallenge, acceptOAuth2LoginRequest: answer })).data;
        const consentChallenge = parameters(await browser.redirect(accepted.redirect_to)).consent_challenge;
        assert.ok(consentChallenge, 'after the login the browser goes to the consent app');
        const consentRequest = (await admin.getOAuth2ConsentRequest({ consentChallenge })).data;
        const granted = (await admin.acceptOAuth2ConsentRequest({
            consentChallenge,
            acceptOAuth2ConsentRequest: {
                grant_scope: consentRequest.requested_scope,
                grant_access_token_audience: consentRequest.requested_access_token_audience,
                session: { id_token: { name: 'Grace', email: 'grace@example.com', email_verified: true } },
            },
        })).data;
        return browser.fetch(granted.redirect_to);
    }

    const first = pkce();
    const start = await step('Auth0Api.authorizeAuth0 starts the flow: 302 to the login app', async () => {
        const location = await authorize('pieces-state-1', first.challenge);
        const sent = tap.last('GET', '/authorize');
        const sentQuery = sent.path.slice(sent.path.indexOf('?') + 1);
        note(`authorizeAuth0 sent GET /authorize?${sentQuery}`);
        note(`  its scope parameter, raw: ${sentQuery.split('&').find(p => p.startsWith('scope='))}`);
        note(`  Accept: ${header(sent, 'accept')}`);
        assert.equal(new URLSearchParams(sentQuery).get('scope'), 'email profile offline_access openid',
            'the SDK joins the scope list with spaces');
        return location;
    });

    const code = await step('login and consent through @ory/client, and the browser brings the code back', async () => {
        const response = await loginAndConsent(start);
        const location = response.headers.get('location');
        assert.equal(response.status, 302, `the consent's redirect_to answers ${response.status}`);
        assert.ok(location.startsWith(`${CALLBACK}?`), `the code goes to the callback, not to ${location}`);
        const answer = parameters(location);
        assert.equal(answer.state, 'pieces-state-1');
        assert.ok(answer.code, 'the callback gets a code');
        return answer.code;
    });

    const tokens = await step('Auth0Api.exchangeForAuth0Token redeems the code with the PKCE verifier, no secret', async () => {
        const token = await auth0.exchangeForAuth0Token({
            grantType: 'authorization_code',
            clientId: client.client_id,
            code,
            redirectUri: CALLBACK,
            codeVerifier: first.verifier,
            audience: AUDIENCE,
        });
        assert.ok(token.accessToken, 'an access_token');
        assert.equal(token.tokenType.toLowerCase(), 'bearer');
        assert.ok(token.expiresIn > 0, 'expires_in');
        assert.ok(token.idToken, 'an id_token');
        assert.ok(token.refreshToken, 'a refresh_token (offline_access)');
        assert.deepEqual(token.scope.split(' ').sort(), ['email', 'offline_access', 'openid', 'profile']);
        assert.equal(claims(token.idToken).sub, subject);
        assert.deepEqual([claims(token.idToken).aud].flat(), [client.client_id]);
        const sent = tap.last('POST', '/oauth/token');
        note(`exchangeForAuth0Token sent Content-Type ${header(sent, 'content-type')}, Accept ${header(sent, 'accept')}, ` +
            `Authorization ${header(sent, 'authorization') ?? '(none)'}, body ${sent.body.replace(/code=[^&]+/, 'code=…').replace(/code_verifier=[^&]+/, 'code_verifier=…')}`);
        return token;
    });

    await step('OAuth2Api.introspectOAuth2Token: the access token is for the audience and the public client', async () => {
        const { data } = await admin.introspectOAuth2Token({ token: tokens.accessToken });
        assert.equal(data.active, true);
        assert.equal(data.sub, subject);
        assert.equal(data.client_id, client.client_id);
        assert.ok([data.aud].flat().includes(AUDIENCE), `aud ${JSON.stringify(data.aud)} holds ${AUDIENCE}`);
    });

    await step('Auth0Api.getAuth0UserInfo reads sub and the consented claims', async () => {
        // Auth0Api's userinfo security is OAuth: the SDK sends Configuration.accessToken's value as the whole
        // Authorization header, so the caller gives it with its scheme.
        const withToken = new Auth0Api(new Configuration({ basePath: tap.url, accessToken: `Bearer ${tokens.accessToken}` }));
        const raw = await withToken.getAuth0UserInfoRaw();
        const json = await raw.raw.clone().json();
        const user = await raw.value();
        assert.equal(json.sub, subject, 'the raw answer carries sub (the SDK\'s Auth0User model has no field for it)');
        assert.equal(user.name, 'Grace');
        assert.equal(user.email, 'grace@example.com');
        assert.equal(user.emailVerified, true);
        const sent = tap.last('GET', '/userinfo');
        note(`getAuth0UserInfo sent Authorization ${header(sent, 'authorization')?.split(' ')[0]} …, Accept ${header(sent, 'accept')}`);
    });

    await step('the refresh token works at /oauth/token (plain fetch: exchangeForAuth0Token has no refresh_token field)', async () => {
        const response = await fetch(`${server.url}/oauth/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: query({ grant_type: 'refresh_token', client_id: client.client_id, refresh_token: tokens.refreshToken }),
        });
        const body = await response.json();
        assert.equal(response.status, 200, JSON.stringify(body));
        assert.ok(body.access_token && body.refresh_token && body.refresh_token !== tokens.refreshToken);
    });

    for (const mode of ['fragment', 'form_post']) {
        await step(`Auth0Api.authorizeAuth0 with responseMode ${mode}: the remembered login is skipped, the code comes back by ${mode}`, async () => {
            const { challenge, verifier } = pkce();
            const location = await authorize(`pieces-${mode}`, challenge, { responseMode: mode });
            const loginChallenge = parameters(location).login_challenge;
            assert.equal((await admin.getOAuth2LoginRequest({ loginChallenge })).data.skip, true, 'the login is remembered');
            const response = await loginAndConsent(location);
            let answer;
            if (mode === 'fragment') {
                const back = response.headers.get('location');
                assert.ok(back.startsWith(`${CALLBACK}#`), `the code is in the fragment: ${back}`);
                answer = parameters(back, true);
            } else {
                const page = await response.text();
                assert.equal(response.status, 200, page.slice(0, 300));
                assert.ok(page.includes(`action="${CALLBACK}"`), 'the form posts to the callback');
                answer = Object.fromEntries([...page.matchAll(/name="([a-z_]+)"\s+value="([^"]*)"/g)].map(m => [m[1], m[2]]));
            }
            assert.equal(answer.state, `pieces-${mode}`);
            assert.ok(answer.code, `a code by ${mode}`);
            const token = await auth0.exchangeForAuth0Token({
                grantType: 'authorization_code', clientId: client.client_id, code: answer.code, redirectUri: CALLBACK,
                codeVerifier: verifier, audience: AUDIENCE,
            });
            assert.ok(token.accessToken);
        });
    }

    await step('Auth0Api.auth0Logout to a registered returnTo: 302 there, and the session ends', async () => {
        const error = await auth0.auth0Logout({ clientId: client.client_id, returnTo: RETURN_TO }).then(
            result => assert.fail(`auth0Logout should be answered with a redirect, got ${JSON.stringify(result)}`), e => e);
        assert.ok(error instanceof ResponseError, describe(error));
        assert.equal(error.response.status, 302, describe(error));
        assert.equal(error.response.headers.get('location'), RETURN_TO);
    });

    await step('Auth0Api.authorizeAuth0 with prompt=none after the logout: error=login_required', async () => {
        const location = await authorize('pieces-none', pkce().challenge, { prompt: 'none' });
        assert.ok(location.startsWith(`${CALLBACK}?`), `prompt=none goes back to the client: ${location}`);
        const answer = parameters(location);
        assert.equal(answer.error, 'login_required');
        assert.equal(answer.state, 'pieces-none');
    });

    await step('Auth0Api.auth0Logout to an unregistered returnTo: 302 to the server\'s logged-out page', async () => {
        const error = await auth0.auth0Logout({ clientId: client.client_id, returnTo: 'https://evil.example/' }).then(
            result => assert.fail(`auth0Logout should be answered with a redirect, got ${JSON.stringify(result)}`), e => e);
        assert.ok(error instanceof ResponseError, describe(error));
        assert.equal(error.response.status, 302, describe(error));
        const location = error.response.headers.get('location');
        assert.ok(location.startsWith(`${server.url}/ui/logged-out`), `to the logged-out page, not to ${location}`);
    });
});

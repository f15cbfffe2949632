// ORY's current SDK (@ory/client, Hydra v2's admin API) as a login, consent and logout app against Portcullis:
// it registers the client, answers the login, consent and logout requests (accept and reject), introspects and
// refreshes. The browser hops in between are the script's own fetches without redirects; the code is redeemed
// with a plain fetch, because the SDK's oauth2TokenExchange has no code_verifier and Portcullis requires PKCE.
//
//   PORTCULLIS_URL=http://127.0.0.1:4444 PORTCULLIS_ADMIN_TOKEN=... node ory-v2-flows.mjs
import { Configuration, OAuth2Api, OidcApi } from '@ory/client';
import {
    assert, Browser, claims, describe, header, main, note, parameters, pkce, query, server, step, unique,
} from './lib.mjs';

const CALLBACK = 'https://app.example.com/callback';
const AFTER_LOGOUT = 'https://app.example.com/bye';
const AUDIENCE = 'https://api.example.com';
const SCOPE = 'openid offline_access profile';

await main('ory-v2-flows', async tap => {
    const admin = new OAuth2Api(new Configuration({ basePath: tap.url, accessToken: server.adminToken }));
    const oidc = new OidcApi(new Configuration({ basePath: tap.url }));
    const browser = new Browser();
    const subject = unique('user');

    const client = await step('OAuth2Api.createOAuth2Client registers a confidential client', async () => {
        const { status, data } = await admin.createOAuth2Client({
            oAuth2Client: {
                client_name: 'ory-v2-flows',
                grant_types: ['authorization_code', 'refresh_token'],
                response_types: ['code'],
                redirect_uris: [CALLBACK],
                post_logout_redirect_uris: [AFTER_LOGOUT],
                scope: SCOPE,
                audience: [AUDIENCE],
                token_endpoint_auth_method: 'client_secret_basic',
            },
        });
        assert.equal(status, 201);
        assert.ok(data.client_id, 'the created client has a client_id');
        assert.ok(data.client_secret, 'the created client carries its generated secret once');
        assert.deepEqual(data.redirect_uris, [CALLBACK]);
        assert.deepEqual(data.audience, [AUDIENCE]);
        note(`client_id ${data.client_id}`);
        return data;
    });

    await step('OAuth2Api.getOAuth2Client and listOAuth2Clients see it', async () => {
        const { data } = await admin.getOAuth2Client({ id: client.client_id });
        assert.equal(data.client_id, client.client_id);
        assert.equal(data.client_name, 'ory-v2-flows');
        assert.equal(data.client_secret, undefined, 'a read never shows the secret');
        const page = await admin.listOAuth2Clients({ pageSize: 500 });
        assert.ok(Array.isArray(page.data));
        assert.ok(page.data.some(c => c.client_id === client.client_id), 'the list holds the new client');
    });

    const discovery = await step('OidcApi.discoverOidcConfiguration names the endpoints', async () => {
        const { data } = await oidc.discoverOidcConfiguration();
        assert.equal(data.issuer, server.url);
        assert.equal(data.authorization_endpoint, `${server.url}/oauth2/auth`);
        assert.ok(data.end_session_endpoint, 'discovery names an end_session_endpoint');
        return data;
    });

    /** The browser at the authorization endpoint: the login challenge it is sent to the login app with. */
    async function authorize(state, extra = {}) {
        const { verifier, challenge } = pkce();
        const location = await browser.redirect(`${discovery.authorization_endpoint}?` + query({
            response_type: 'code', client_id: client.client_id, redirect_uri: CALLBACK, scope: SCOPE, state,
            nonce: unique('nonce'), audience: AUDIENCE, code_challenge: challenge, code_challenge_method: 'S256', ...extra,
        }));
        const loginChallenge = parameters(location).login_challenge;
        assert.ok(loginChallenge, `the browser goes to the login app with a login_challenge, not to ${location}`);
        return { loginChallenge, verifier };
    }

    /** The login app accepts, and the browser follows redirect_to: the consent challenge. */
    async function login(loginChallenge, remember = false) {
        const { data } = await admin.acceptOAuth2LoginRequest({
            loginChallenge,
            acceptOAuth2LoginRequest: { subject, remember, remember_for: remember ? 3600 : 0, acr: 'urn:pwd', amr: ['pwd'] },
        });
        assert.ok(data.redirect_to, 'acceptOAuth2LoginRequest returns redirect_to');
        const consentChallenge = parameters(await browser.redirect(data.redirect_to)).consent_challenge;
        assert.ok(consentChallenge, 'after the login the browser goes to the consent app with a consent_challenge');
        return consentChallenge;
    }

    const first = await step('the browser starts the flow and is sent to the login app', () => authorize('state-1'));

    await step('OAuth2Api.getOAuth2LoginRequest reads the login request', async () => {
        const { data } = await admin.getOAuth2LoginRequest({ loginChallenge: first.loginChallenge });
        assert.equal(data.challenge, first.loginChallenge);
        assert.equal(data.skip, false);
        assert.equal(data.client.client_id, client.client_id);
        assert.deepEqual(data.requested_scope, SCOPE.split(' '));
        assert.deepEqual(data.requested_access_token_audience, [AUDIENCE]);
        assert.ok(data.request_url.includes('state=state-1'));
    });

    const consentChallenge = await step('OAuth2Api.acceptOAuth2LoginRequest, and the browser follows redirect_to',
        () => login(first.loginChallenge, true));

    await step('OAuth2Api.getOAuth2ConsentRequest reads the consent request', async () => {
        const { data } = await admin.getOAuth2ConsentRequest({ consentChallenge });
        assert.equal(data.challenge, consentChallenge);
        assert.equal(data.subject, subject);
        assert.equal(data.skip, false);
        assert.equal(data.client.client_id, client.client_id);
        assert.deepEqual(data.requested_scope, SCOPE.split(' '));
        assert.deepEqual(data.amr, ['pwd']);
    });

    const code = await step('OAuth2Api.acceptOAuth2ConsentRequest, and the browser brings the code to the client', async () => {
        const { data } = await admin.acceptOAuth2ConsentRequest({
            consentChallenge,
            acceptOAuth2ConsentRequest: {
                grant_scope: SCOPE.split(' '),
                grant_access_token_audience: [AUDIENCE],
                remember: false,
                session: { id_token: { name: 'Ada' }, access_token: { team: 'blue' } },
            },
        });
        const location = await browser.redirect(data.redirect_to);
        assert.ok(location.startsWith(`${CALLBACK}?`), `the code goes to the callback, not to ${location}`);
        const answer = parameters(location);
        assert.equal(answer.state, 'state-1');
        assert.equal(answer.iss, server.url);
        assert.ok(answer.code, 'the callback gets a code');
        return answer.code;
    });

    const tokens = await step('the client redeems the code at the token endpoint (plain fetch: the SDK cannot send code_verifier)', async () => {
        const response = await fetch(discovery.token_endpoint, {
            method: 'POST',
            headers: {
                'content-type': 'application/x-www-form-urlencoded',
                authorization: 'Basic ' + Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64'),
            },
            body: query({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, code_verifier: first.verifier }),
        });
        const body = await response.json();
        assert.equal(response.status, 200, JSON.stringify(body));
        assert.equal(body.token_type.toLowerCase(), 'bearer');
        assert.ok(body.access_token && body.refresh_token && body.id_token);
        assert.equal(claims(body.id_token).name, 'Ada');
        assert.equal(claims(body.id_token).sub, subject);
        return body;
    });

    await step('OAuth2Api.introspectOAuth2Token: the access token is active for its subject, client and audience', async () => {
        const { data } = await admin.introspectOAuth2Token({ token: tokens.access_token });
        assert.equal(data.active, true);
        assert.equal(data.sub, subject);
        assert.equal(data.client_id, client.client_id);
        assert.ok([data.aud].flat().includes(AUDIENCE), `aud ${JSON.stringify(data.aud)} holds ${AUDIENCE}`);
        assert.equal(data.scope, SCOPE);
        const narrowed = await admin.introspectOAuth2Token({ token: tokens.access_token, scope: 'openid' });
        assert.equal(narrowed.data.active, true, 'a scope the token has keeps it active');
        const wider = await admin.introspectOAuth2Token({ token: tokens.access_token, scope: 'email' });
        assert.equal(wider.data.active, false, 'a scope the token lacks makes it inactive');
        const garbage = await admin.introspectOAuth2Token({ token: 'not-a-token' });
        assert.equal(garbage.data.active, false);
    });

    await step('OAuth2Api.oauth2TokenExchange refreshes with HTTP Basic', async () => {
        const asClient = new OAuth2Api(new Configuration({
            basePath: tap.url, username: client.client_id, password: client.client_secret,
        }));
        const { data } = await asClient.oauth2TokenExchange({ grantType: 'refresh_token', refreshToken: tokens.refresh_token });
        assert.ok(data.access_token);
        assert.ok(data.refresh_token && data.refresh_token !== tokens.refresh_token, 'the refresh token rotates');
        const sent = tap.last('POST', '/oauth2/token');
        note(`oauth2TokenExchange sent Content-Type ${header(sent, 'content-type')}, Authorization ${header(sent, 'authorization')?.split(' ')[0]}`);
    });

    /** RP-initiated logout from the browser: the logout challenge the logout app gets. */
    async function startLogout(state) {
        const location = await browser.redirect(`${discovery.end_session_endpoint}?` + query({
            id_token_hint: tokens.id_token, post_logout_redirect_uri: AFTER_LOGOUT, state,
        }));
        const challenge = parameters(location).logout_challenge;
        assert.ok(challenge, `the browser goes to the logout app with a logout_challenge, not to ${location}`);
        return challenge;
    }

    await step('OAuth2Api.getOAuth2LogoutRequest and rejectOAuth2LogoutRequest (PUT without a body): the session stays', async () => {
        const challenge = await startLogout('bye-0');
        const { data } = await admin.getOAuth2LogoutRequest({ logoutChallenge: challenge });
        assert.equal(data.subject, subject);
        assert.equal(data.rp_initiated, true);
        assert.equal(data.client.client_id, client.client_id);
        assert.equal(data.sid, claims(tokens.id_token).sid);
        const rejected = await admin.rejectOAuth2LogoutRequest({ logoutChallenge: challenge });
        assert.equal(rejected.status, 204);
        const { loginChallenge } = await authorize('state-4');
        const after = await admin.getOAuth2LoginRequest({ loginChallenge });
        assert.equal(after.data.skip, true, 'a rejected logout leaves the remembered login in place');
    });

    await step('OAuth2Api.acceptOAuth2LogoutRequest (PUT without a body) ends the session and returns with state', async () => {
        const challenge = await startLogout('bye-1');
        const { data } = await admin.acceptOAuth2LogoutRequest({ logoutChallenge: challenge });
        assert.ok(data.redirect_to, 'acceptOAuth2LogoutRequest returns redirect_to');
        const location = await browser.redirect(data.redirect_to);
        assert.equal(location, `${AFTER_LOGOUT}?state=bye-1`);
        const { loginChallenge } = await authorize('state-5');
        const after = await admin.getOAuth2LoginRequest({ loginChallenge });
        assert.equal(after.data.skip, false, 'after the logout the login is asked again');
    });

    await step('OAuth2Api.rejectOAuth2LoginRequest sends the browser back with error=access_denied', async () => {
        const { loginChallenge } = await authorize('state-2');
        const { data } = await admin.rejectOAuth2LoginRequest({
            loginChallenge,
            rejectOAuth2Request: { error: 'access_denied', error_description: 'The user said no' },
        });
        const answer = parameters(await browser.redirect(data.redirect_to));
        assert.equal(answer.error, 'access_denied');
        assert.ok(answer.error_description.includes('The user said no'), answer.error_description);
        assert.equal(answer.state, 'state-2');
    });

    await step('OAuth2Api.rejectOAuth2ConsentRequest sends the browser back with error=access_denied', async () => {
        const { loginChallenge } = await authorize('state-3');
        const challenge = await login(loginChallenge);
        const { data } = await admin.rejectOAuth2ConsentRequest({
            consentChallenge: challenge,
            rejectOAuth2Request: { error: 'access_denied', error_description: 'Not this app' },
        });
        const answer = parameters(await browser.redirect(data.redirect_to));
        assert.equal(answer.error, 'access_denied');
        assert.equal(answer.state, 'state-3');
    });

    await step('what the SDK sent on the bodiless PUTs', async () => {
        for (const path of ['/admin/oauth2/auth/requests/logout/accept', '/admin/oauth2/auth/requests/logout/reject']) {
            const sent = tap.last('PUT', path);
            note(`PUT ${path}: Content-Type ${header(sent, 'content-type') ?? '(none)'}, Accept ${header(sent, 'accept')}, ` +
                `Content-Length ${header(sent, 'content-length') ?? '(none)'}, body ${JSON.stringify(sent.body)}`);
        }
    });

    await step('OAuth2Api.deleteOAuth2Client removes it', async () => {
        const { status } = await admin.deleteOAuth2Client({ id: client.client_id });
        assert.equal(status, 204);
        const gone = await admin.getOAuth2Client({ id: client.client_id }).then(() => null, error => error);
        assert.ok(gone, 'reading a deleted client fails');
        assert.equal(gone.response?.status, 404, describe(gone));
    });
});

// Authress's own SDK (@authress/sdk) against Portcullis's Authress surface: its ExtensionsApi creates, reads, lists,
// updates and deletes a platform extension with the admin token as its token provider. The SDK has no call for the
// extension's login or token request (Authress leaves those to @authress/login in the browser), so the browser's hops
// to GET / and the JSON token request are the script's own fetches; the login and consent app is the Hydra v2 admin
// API. Deleting the extension must leave its token inactive.
//
//   PORTCULLIS_URL=http://127.0.0.1:4444 PORTCULLIS_ADMIN_TOKEN=... node authress-extensions.mjs
import authress from '@authress/sdk';
import {
    assert, Browser, header, main, note, parameters, pkce, query, server, step, unique,
} from './lib.mjs';

const { AuthressClient } = authress;
const CALLBACK = 'https://extension.example.com/login-redirect';
const OTHER_CALLBACK = 'http://127.0.0.1:5173/callback';

await main('authress-extensions', async tap => {
    // The SDK calls a function token provider with the API's base URL before every request.
    const client = new AuthressClient({ authressApiUrl: tap.url }, () => server.adminToken);
    const browser = new Browser();
    const name = unique('calendar-sync');

    /** A call to the admin API (the login and consent app's part), with the admin token. */
    async function admin(method, path, body) {
        const response = await fetch(`${server.url}${path}`, {
            method,
            headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
        return text ? JSON.parse(text) : undefined;
    }

    /** What an SDK call that must fail rejects with: the SDK's error carries the response's status and data. */
    async function refusal(call) {
        try {
            await call();
        } catch (error) {
            assert.ok(error.status, `the SDK failed without an HTTP status: ${error.message ?? JSON.stringify(error)}`);
            return error;
        }
        assert.fail('the call succeeded');
    }

    const extension = await step('ExtensionsApi.createExtension creates an extension: 201 with its extensionId', async () => {
        const { status, data, headers } = await client.extensions.createExtension({ name, application: { redirectUrls: [CALLBACK] } });
        assert.equal(status, 201);
        assert.ok(data.extensionId, 'the extension has an extensionId');
        assert.equal(data.name, name);
        assert.deepEqual(data.application, { redirectUrls: [CALLBACK] });
        assert.ok(!Number.isNaN(Date.parse(data.createdTime)), `createdTime ${data.createdTime} is a date`);
        // The SDK's Accept puts application/json first, and gets it; without that, the answer is application/links+json.
        assert.match(headers['content-type'], /^application\/json/);
        assert.equal(header(tap.last('POST', '/v1/extensions'), 'authorization'), `Bearer ${server.adminToken}`);
        note(`extensionId ${data.extensionId}`);
        return data;
    });

    await step('ExtensionsApi.getExtension reads it back', async () => {
        const { status, data } = await client.extensions.getExtension(extension.extensionId);
        assert.equal(status, 200);
        assert.deepEqual(data, extension);
    });

    await step('ExtensionsApi.getExtensions lists it at /v1/extensions/, with the collection links', async () => {
        const { status, data } = await client.extensions.getExtensions();
        assert.equal(status, 200);
        tap.last('GET', '/v1/extensions/');
        assert.ok(Array.isArray(data.extensions));
        assert.ok(data.links?.self?.href, 'the collection links to itself');
        // The SDK asks for the first page only; the server's default limit is 20.
        assert.ok(data.extensions.length <= 20);
        let page = data;
        const seen = [...page.extensions];
        while (page.pagination?.next?.cursor) {
            assert.ok(page.links.next?.href, 'a page with a next cursor links to the next page');
            const next = await fetch(page.links.next.href, { headers: { authorization: `Bearer ${server.adminToken}` } });
            assert.equal(next.status, 200);
            page = await next.json();
            seen.push(...page.extensions);
        }
        assert.ok(seen.some(e => e.extensionId === extension.extensionId), 'the walk over the pages holds the new extension');
        assert.equal(new Set(seen.map(e => e.extensionId)).size, seen.length, 'no extension twice');
    });

    await step('ExtensionsApi.updateExtension replaces its name and redirect URLs', async () => {
        const { status, data } = await client.extensions.updateExtension(extension.extensionId,
            { name: `${name}-renamed`, application: { redirectUrls: [CALLBACK, OTHER_CALLBACK] } });
        assert.equal(status, 200);
        assert.equal(data.name, `${name}-renamed`);
        assert.deepEqual(data.application.redirectUrls, [CALLBACK, OTHER_CALLBACK]);
        assert.equal(data.createdTime, extension.createdTime);
        const registered = await admin('GET', `/admin/clients/${encodeURIComponent(extension.extensionId)}`);
        assert.equal(registered.token_endpoint_auth_method, 'none', 'an extension is a public client');
        assert.deepEqual(registered.redirect_uris, [CALLBACK, OTHER_CALLBACK]);
    });

    const tokens = await step("the extension's login at GET / and its token request at /api/authentication/oauth/tokens", async () => {
        const { verifier, challenge } = pkce();
        const location = await browser.redirect(`${tap.url}/?` + query({
            client_id: extension.extensionId, code_challenge: challenge, redirect_uri: CALLBACK, code_challenge_method: 'S256',
        }));
        const loginChallenge = parameters(location).login_challenge;
        assert.ok(loginChallenge, `the browser goes to the login app, not to ${location}`);
        const login = await admin('GET', `/admin/oauth2/auth/requests/login?login_challenge=${loginChallenge}`);
        assert.deepEqual(login.requested_scope, ['openid'], 'the openid scope is implied');
        const accepted = await admin('PUT', `/admin/oauth2/auth/requests/login/accept?login_challenge=${loginChallenge}`,
            { subject: unique('user') });
        const consentChallenge = parameters(await browser.redirect(accepted.redirect_to)).consent_challenge;
        assert.ok(consentChallenge, 'the browser goes on to the consent app');
        const consented = await admin('PUT', `/admin/oauth2/auth/requests/consent/accept?consent_challenge=${consentChallenge}`,
            { grant_scope: ['openid'] });
        const back = await browser.redirect(consented.redirect_to);
        assert.ok(back.startsWith(CALLBACK + '?'), `the browser returns to the extension, not to ${back}`);
        const { code } = parameters(back);
        assert.ok(code, 'with a code');

        const response = await fetch(`${tap.url}/api/authentication/oauth/tokens`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ grant_type: 'authorization_code', code, code_verifier: verifier,
                client_id: extension.extensionId, redirect_uri: CALLBACK }),
        });
        const body = await response.json();
        assert.equal(response.status, 200, JSON.stringify(body));
        assert.equal(response.headers.get('cache-control'), 'no-store');
        assert.ok(body.access_token && body.id_token, 'an access token and an ID token');
        assert.equal(body.token_type.toLowerCase(), 'bearer');
        return body;
    });

    await step('the token request refuses an unknown code with 400 in JSON', async () => {
        const response = await fetch(`${tap.url}/api/authentication/oauth/tokens`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ grant_type: 'authorization_code', code: 'not-a-code', code_verifier: 'v'.repeat(43),
                client_id: extension.extensionId, redirect_uri: CALLBACK }),
        });
        assert.equal(response.status, 400);
        const body = await response.json();
        assert.equal(body.error, 'invalid_grant');
        assert.equal(body.errorCode, 'invalid_grant');
    });

    await step('ExtensionsApi.deleteExtension deletes it, and its token is inactive at once', async () => {
        const introspect = async () => {
            const response = await fetch(`${server.url}/admin/oauth2/introspect`, {
                method: 'POST',
                headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/x-www-form-urlencoded' },
                body: query({ token: tokens.access_token }),
            });
            assert.equal(response.status, 200);
            return response.json();
        };
        assert.equal((await introspect()).active, true, 'the token is active before the DELETE');
        const { status } = await client.extensions.deleteExtension(extension.extensionId);
        assert.equal(status, 204);
        assert.equal((await introspect()).active, false, 'the token is inactive after the DELETE');
        const gone = await refusal(() => client.extensions.getExtension(extension.extensionId));
        assert.equal(gone.status, 404);
        assert.equal(gone.data.errorCode, 'not_found');
    });

    await step('the SDK with a token this server did not issue gets 401, in Authress\'s error body', async () => {
        const stranger = new AuthressClient({ authressApiUrl: tap.url }, { getToken: async () => 'not-a-token' });
        const error = await refusal(() => stranger.extensions.getExtensions());
        assert.equal(error.status, 401);
        assert.equal(error.data.errorCode, 'invalid_token');
        assert.ok(error.data.title, 'the error has a title');
    });
});

// SailPoint's own SDK (sailpoint-api-client) against Portcullis's SailPoint surface (seed 004): its Configuration
// gets its token the SDK's way, client_credentials posted as multipart/form-data to /oauth/token without a scope
// (a client registered through SailPoint's API then gets all of its scopes), and with that token its
// OAuthClientsApi (v3) and OAuthClientsBetaApi (beta) create, list with filters, get, patch and delete a client,
// and read SailPoint's error bodies. The SDK's own client is registered first through the same API with the
// operator's token.
//
//   PORTCULLIS_URL=http://127.0.0.1:4444 PORTCULLIS_ADMIN_TOKEN=... node sailpoint-oauth-clients.mjs
import { Configuration, OAuthClientsApi, OAuthClientsBetaApi } from 'sailpoint-api-client';
import { assert, eventually, header, main, note, server, step, unique } from './lib.mjs';

const MANAGE = 'sp:oauth-client:manage';

/** The SDK's Configuration for the server behind the tap: with a token, or with client credentials to get one. */
function configuration(tap, options) {
    return new Configuration({ baseurl: tap.url, tokenUrl: `${tap.url}/oauth/token`, ...options });
}

/** The status and body of the SDK's failed call. */
async function failure(call) {
    try {
        await call();
    } catch (error) {
        assert.ok(error?.isAxiosError && error.response, `expected an HTTP error, got ${error}`);
        return { status: error.response.status, data: error.response.data };
    }
    assert.fail('the call should have failed');
}

function assertErrorResponseDto(data, detailCode) {
    assert.equal(data.detailCode, detailCode);
    assert.match(data.trackingId, /^[0-9a-f]{32}$/);
    assert.equal(data.messages.length, 1);
    assert.equal(data.messages[0].locale, 'en-US');
    assert.equal(data.messages[0].localeOrigin, 'DEFAULT');
    assert.ok(data.messages[0].text, 'the message has a text');
}

await main('sailpoint-oauth-clients', async tap => {
    const operator = new OAuthClientsApi(configuration(tap, { accessToken: server.adminToken }));

    const caller = await step("the operator registers the SDK's own client with sp:oauth-client:manage", async () => {
        const { status, data } = await operator.createOauthClient({
            createOAuthClientRequest: {
                name: unique('sailpoint-sdk'), description: 'the SDK under test', accessTokenValiditySeconds: 600,
                grantTypes: ['CLIENT_CREDENTIALS'], accessType: 'ONLINE', type: 'CONFIDENTIAL', enabled: true,
                scope: [MANAGE],
            },
        });
        assert.equal(status, 200);
        assert.ok(data.id && data.secret, 'the created client carries its id and, once, its secret');
        assert.deepEqual(data.scope, [MANAGE]);
        return data;
    });

    const own = await step('Configuration gets its own token: client_credentials as multipart/form-data at /oauth/token', async () => {
        const config = configuration(tap, { clientId: caller.id, clientSecret: caller.secret });
        const token = await config.accessToken;
        assert.equal(typeof token, 'string');
        const request = tap.last('POST', '/oauth/token');
        assert.match(header(request, 'content-type'), /^multipart\/form-data; boundary=/);
        assert.equal(request.status, 200);
        note(`token of ${token.length} characters`);
        return config;
    });

    // The SDK's token request names no scope: a client registered through SailPoint's API gets all of its
    // scopes then (RFC 6749 §3.3 leaves the default to the server), so the SDK's own token is the one that works.
    const sdk = own;

    const v3 = new OAuthClientsApi(sdk);
    const beta = new OAuthClientsBetaApi(sdk);

    const created = await step('OAuthClientsApi.createOauthClient with the seed example', async () => {
        const { status, data } = await v3.createOauthClient({
            createOAuthClientRequest: {
                internal: false, businessName: 'Acme-Solar',
                description: 'An API client used for the authorization_code, refresh_token, and client_credentials flows',
                refreshTokenValiditySeconds: 86400, type: 'CONFIDENTIAL',
                redirectUris: ['http://localhost:12345', 'http://localhost:67890'], enabled: true, accessType: 'OFFLINE',
                grantTypes: ['AUTHORIZATION_CODE', 'CLIENT_CREDENTIALS', 'REFRESH_TOKEN'], strongAuthSupported: false,
                homepageUrl: 'http://localhost:12345', accessTokenValiditySeconds: 750,
                scope: ['demo:api-client-scope:first', 'demo:api-client-scope:second'], name: 'Demo API Client',
                claimsSupported: false,
            },
        });
        assert.equal(status, 200);
        assert.ok(data.id && data.secret);
        assert.equal(data.businessName, 'Acme-Solar');
        assert.equal(data.accessTokenValiditySeconds, 750);
        assert.equal(data.refreshTokenValiditySeconds, 86400);
        assert.deepEqual(data.grantTypes, ['AUTHORIZATION_CODE', 'CLIENT_CREDENTIALS', 'REFRESH_TOKEN']);
        assert.equal(data.accessType, 'OFFLINE');
        assert.equal(data.type, 'CONFIDENTIAL');
        assert.deepEqual(data.scope, ['demo:api-client-scope:first', 'demo:api-client-scope:second']);
        assert.match(data.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        note(`client ${data.id}`);
        return data;
    });

    await step('OAuthClientsBetaApi.getOauthClient reads it without the secret', async () => {
        const { status, data } = await beta.getOauthClient({ id: created.id });
        assert.equal(status, 200);
        assert.equal(data.id, created.id);
        assert.equal(data.name, 'Demo API Client');
        assert.equal(data.secret, undefined, 'a read never shows the secret');
        assert.equal(data.lastUsed, null);
    });

    await step("listOauthClients with filters 'lastUsed isnull' holds the unused client", async () => {
        // Uses are written in batches (every 100 ms on the spec's server): the SDK client's own authentication
        // leaves the list once it is written.
        const data = await eventually(async () => (await v3.listOauthClients({ filters: 'lastUsed isnull' })).data,
            clients => !clients.some(c => c.id === caller.id));
        assert.ok(data.some(c => c.id === created.id));
        assert.ok(!data.some(c => c.id === caller.id), 'the SDK client authenticated, so it is not in the list');
    });

    await step("once the client authenticates, 'lastUsed le <now>' finds it and 'lastUsed isnull' no longer does", async () => {
        await configuration(tap, { clientId: created.id, clientSecret: created.secret }).accessToken;
        const lastUsed = await eventually(async () => (await beta.getOauthClient({ id: created.id })).data.lastUsed,
            value => Boolean(value));
        assert.ok(lastUsed, 'lastUsed is set after the client authenticated');
        const now = new Date(Date.now() + 1000).toISOString();
        assert.ok((await v3.listOauthClients({ filters: `lastUsed le ${now}` })).data.some(c => c.id === created.id));
        assert.ok(!(await beta.listOauthClients({ filters: 'lastUsed isnull' })).data.some(c => c.id === created.id));
        assert.ok(!(await v3.listOauthClients({ filters: 'lastUsed le 2000-01-01T00:00:00.000Z' })).data.some(c => c.id === created.id));
    });

    await step('an unsupported filter is a 400 ErrorResponseDto saying what is supported', async () => {
        const { status, data } = await failure(() => v3.listOauthClients({ filters: 'name eq "Demo API Client"' }));
        assert.equal(status, 400);
        assertErrorResponseDto(data, '400.1 Bad Request Content');
        assert.match(data.messages[0].text, /lastUsed.*le.*isnull/);
    });

    await step("OAuthClientsApi.patchOauthClient with the seed's example", async () => {
        const { status, data } = await v3.patchOauthClient({
            id: created.id,
            jsonPatchOperation: [
                { op: 'replace', path: '/strongAuthSupported', value: true },
                { op: 'replace', path: '/businessName', value: 'acme-solar' },
            ],
        });
        assert.equal(status, 200);
        assert.equal(data.strongAuthSupported, true);
        assert.equal(data.businessName, 'acme-solar');
        assert.equal(header(tap.last('PATCH', `/v3/oauth-clients/${created.id}`), 'content-type'), 'application/json-patch+json');
    });

    await step('a patch of a field that is not patchable is a 400 and changes nothing', async () => {
        const { status, data } = await failure(() => beta.patchOauthClient({
            id: created.id, jsonPatchOperationBeta: [{ op: 'replace', path: '/type', value: 'PUBLIC' }],
        }));
        assert.equal(status, 400);
        assertErrorResponseDto(data, '400.1 Bad Request Content');
        assert.equal((await v3.getOauthClient({ id: created.id })).data.type, 'CONFIDENTIAL');
    });

    await step('OAuthClientsBetaApi.deleteOauthClient, then a 404 ErrorResponseDto', async () => {
        const { status } = await beta.deleteOauthClient({ id: created.id });
        assert.equal(status, 204);
        const gone = await failure(() => v3.getOauthClient({ id: created.id }));
        assert.equal(gone.status, 404);
        assertErrorResponseDto(gone.data, '404 Not found');
    });

    await step("a token that is no token is SailPoint's 401 {error}", async () => {
        const anonymous = new OAuthClientsApi(configuration(tap, { accessToken: 'not-a-token' }));
        const { status, data } = await failure(() => anonymous.listOauthClients());
        assert.equal(status, 401);
        assert.deepEqual(Object.keys(data), ['error']);
    });

    await step("a client with only sp:oauth-client:read lists with its SDK token, and a create gets SailPoint's 403", async () => {
        const { data: reader } = await operator.createOauthClient({
            createOAuthClientRequest: {
                name: unique('sailpoint-reader'), accessTokenValiditySeconds: 600, grantTypes: ['CLIENT_CREDENTIALS'],
                accessType: 'ONLINE', type: 'CONFIDENTIAL', enabled: true, scope: ['sp:oauth-client:read'],
            },
        });
        const readOnly = new OAuthClientsApi(configuration(tap, { clientId: reader.id, clientSecret: reader.secret }));
        assert.equal((await readOnly.listOauthClients()).status, 200);
        const { status, data } = await failure(() => readOnly.createOauthClient({
            createOAuthClientRequest: { name: unique('refused'), grantTypes: ['CLIENT_CREDENTIALS'], type: 'CONFIDENTIAL' },
        }));
        assert.equal(status, 403);
        assertErrorResponseDto(data, '403 Forbidden');
        assert.match(data.messages[0].text, /sp:oauth-client:manage/);
        assert.equal((await operator.deleteOauthClient({ id: reader.id })).status, 204);
    });

    await step('the operator deletes the SDK client', async () => {
        assert.equal((await operator.deleteOauthClient({ id: caller.id })).status, 204);
    });
});

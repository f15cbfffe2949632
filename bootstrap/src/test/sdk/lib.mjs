// What the SDK scripts share: the server's address and admin token from the environment, a log of every step,
// a browser (fetch without following redirects, with a cookie jar) for the hops no SDK makes, PKCE, and a wire
// tap that records what the SDKs really send. No SDK call is imitated here: the scripts call the SDKs' own
// API classes, and the tap only passes their requests on and writes them down.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';

export { assert };

/** A required environment variable. */
export function env(name) {
    const value = process.env[name];
    if (!value) {
        throw new Error(`the environment variable ${name} is not set`);
    }
    return value;
}

/** The server under test: PORTCULLIS_URL is its issuer and where it listens; PORTCULLIS_ADMIN_TOKEN has portcullis:admin. */
export const server = {
    get url() { return env('PORTCULLIS_URL').replace(/\/+$/, ''); },
    get adminToken() { return env('PORTCULLIS_ADMIN_TOKEN'); },
};

// ---- the step log ----

const log = [];

/** Writes a line to the log that is printed when the script fails (and always with PORTCULLIS_SDK_VERBOSE). */
export function note(line) {
    log.push(`      ${line}`);
}

/** Runs one named step; the log shows which step failed and what came before it. */
export async function step(name, work) {
    log.push(`- ${name}`);
    try {
        const result = await work();
        log.push(`  ok`);
        return result;
    } catch (error) {
        log.push(`  FAILED: ${describe(error)}`);
        throw error;
    }
}

/** Runs a script's steps: exit 0 when all pass, else the log, the failure and the wire records, and exit 1. */
export async function main(name, steps) {
    let tap;
    try {
        tap = await startTap(server.url);
        await steps(tap);
        if (process.env.PORTCULLIS_SDK_VERBOSE) {
            print(name, tap);
        }
        console.log(`${name}: ${log.filter(line => line.startsWith('- ')).length} steps passed`);
    } catch (error) {
        print(name, tap);
        console.log(`\n${name} FAILED: ${describe(error)}`);
        if (error && error.stack) {
            console.log(error.stack);
        }
        process.exitCode = 1;
    } finally {
        await tap?.close();
    }
}

function print(name, tap) {
    console.log(`${name}, step by step:`);
    console.log(log.join('\n'));
    if (tap) {
        console.log(`\nwhat the SDKs sent (through the wire tap), in order:`);
        console.log(tap.records.map(formatRecord).join('\n'));
    }
}

/** The error as one line, with the HTTP status and body when an SDK's error carries a response. */
export function describe(error) {
    if (error?.isAxiosError) {
        const response = error.response;
        return `${error.config?.method?.toUpperCase()} ${error.config?.url}: ` +
            (response ? `${response.status} ${JSON.stringify(response.data)}` : error.message);
    }
    if (error?.name === 'ResponseError' && error.response) {
        return `${error.message}: ${error.response.status} ${error.response.url} Location=${error.response.headers.get('location')}`;
    }
    if (error instanceof assert.AssertionError) {
        return error.message;
    }
    return error?.message ?? String(error);
}

// ---- the browser ----

/** A browser's part of the flow: no redirect is followed, cookies are kept, URLs are the issuer's. */
export class Browser {
    constructor() {
        this.cookies = new Map();
        this.fetch = this.fetch.bind(this);
    }

    /** fetch, as a browser without redirects: sends the jar's cookies and keeps the ones the answer sets. */
    async fetch(url, init = {}) {
        const headers = new Headers(init.headers ?? {});
        if (this.cookies.size > 0) {
            headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
        }
        const response = await fetch(url, { ...init, headers, redirect: 'manual' });
        for (const header of response.headers.getSetCookie()) {
            const [pair, ...attributes] = header.split(';');
            const name = pair.slice(0, pair.indexOf('=')).trim();
            const value = pair.slice(pair.indexOf('=') + 1).trim();
            const expired = attributes.some(a => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
            if (value === '' || expired) {
                this.cookies.delete(name);
            } else {
                this.cookies.set(name, value);
            }
        }
        return response;
    }

    /** GETs a URL and expects a redirect: its Location. */
    async redirect(url) {
        const response = await this.fetch(url);
        const body = response.status === 302 || response.status === 303 ? '' : await response.text();
        assert.ok([302, 303].includes(response.status),
            `GET ${url} should redirect, but answered ${response.status}: ${body.slice(0, 300)}`);
        const location = response.headers.get('location');
        note(`browser GET ${shorten(url)} -> ${response.status} ${shorten(location)}`);
        return location;
    }
}

// ---- URLs and PKCE ----

/** The query (or fragment) parameters of a URL. */
export function parameters(url, fragment = false) {
    const parsed = new URL(url);
    return Object.fromEntries(new URLSearchParams(fragment ? parsed.hash.slice(1) : parsed.search));
}

export function query(values) {
    return new URLSearchParams(Object.entries(values).filter(([, v]) => v !== undefined)).toString();
}

export function pkce() {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    return { verifier, challenge };
}

/**
 * Reads {@code read()} until {@code done} holds for what it gave, every {@code everyMs}, for at most
 * {@code timeoutMs}: the last value read, whether or not it passed. For what the server writes a moment after
 * answering, such as a client's last use.
 */
export async function eventually(read, done, { timeoutMs = 10000, everyMs = 100 } = {}) {
    const until = Date.now() + timeoutMs;
    let value = await read();
    while (!done(value) && Date.now() < until) {
        await new Promise(resolve => setTimeout(resolve, everyMs));
        value = await read();
    }
    return value;
}

export function unique(prefix) {
    return `${prefix}-${randomBytes(6).toString('hex')}`;
}

export function shorten(text, length = 160) {
    return text && text.length > length ? text.slice(0, length) + '…' : text;
}

/** The claims of a JWT, unverified (the server's own specs check signatures; here only what the SDK got matters). */
export function claims(jwt) {
    return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

// ---- the wire tap ----

/**
 * A pass-through proxy in front of the server: an SDK pointed at its url sends every request through it unchanged
 * (bar Host), and each is recorded with its method, path, headers and body, and the server's status. The records
 * show what an SDK really puts on the wire, which its API classes do not tell.
 */
export async function startTap(target) {
    const upstream = new URL(target);
    const records = [];
    const tapServer = http.createServer((request, response) => {
        const chunks = [];
        request.on('data', chunk => chunks.push(chunk));
        request.on('end', () => {
            const body = Buffer.concat(chunks);
            const record = {
                method: request.method,
                path: request.url,
                headers: pairs(request.rawHeaders),
                body: body.toString('utf8'),
            };
            records.push(record);
            const headers = { ...request.headers, host: upstream.host };
            const forwarded = http.request(new URL(request.url, upstream), { method: request.method, headers }, answer => {
                record.status = answer.statusCode;
                record.responseType = answer.headers['content-type'];
                response.writeHead(answer.statusCode, answer.rawHeaders);
                answer.pipe(response);
            });
            forwarded.on('error', error => {
                record.status = `error: ${error.message}`;
                response.writeHead(502).end();
            });
            forwarded.end(body);
        });
    });
    await new Promise(resolve => tapServer.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${tapServer.address().port}`,
        records,
        /** The last request to a path (without its query), for checking what an SDK sent. */
        last(method, path) {
            const found = records.filter(r => r.method === method && r.path.split('?')[0] === path).at(-1);
            assert.ok(found, `the tap saw no ${method} ${path}`);
            return found;
        },
        close() {
            tapServer.closeAllConnections();
            return new Promise(resolve => tapServer.close(resolve));
        },
    };
}

function pairs(raw) {
    const headers = [];
    for (let i = 0; i < raw.length; i += 2) {
        headers.push([raw[i], raw[i + 1]]);
    }
    return headers;
}

/** One request as a line: method, path, every header but the credentials' values, body size and the status. */
export function formatRecord(record) {
    const headers = record.headers
        .filter(([name]) => !/^(host|connection|content-length)$/i.test(name))
        .map(([name, value]) => `${name}: ${/^authorization$/i.test(name) ? value.split(' ')[0] + ' …'
            : /^cookie$/i.test(name) ? value.split(';').map(c => c.split('=')[0].trim() + '=…').join('; ') : value}`)
        .join(' | ');
    const length = record.headers.find(([name]) => /^content-length$/i.test(name))?.[1];
    const body = record.body ? ` body(${record.body.length}): ${shorten(record.body, 200)}` : ` body: none (Content-Length: ${length ?? 'absent'})`;
    return `  ${record.method} ${shorten(record.path, 120)} -> ${record.status}\n      ${headers}\n     ${body}`;
}

/** The header of a recorded request, case-insensitively, or undefined. */
export function header(record, name) {
    return record.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

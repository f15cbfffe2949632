#!/usr/bin/env python3
"""Malformed HTTP requests against every kind of endpoint of a running server, on loopback, bounded in count and
time; prints how many got each status per endpoint, and every 5xx or request without an answer.

  bench/fuzz-http.py [BASE] [COUNT] [SECONDS] [SEED]     defaults: http://127.0.0.1:4444 100000 600 1

Each request is sent on a fresh connection, as raw bytes, so that it can be malformed in ways no HTTP library
would produce: broken or repeated form fields, bad percent-encoding, invalid UTF-8 and NUL bytes, unknown or odd
charsets, JSON of the wrong shape, oversized values, wrong methods and content types, bad Authorization headers.
Exit status 1 when any request got a 5xx or no answer within 10 s; a request whose body is shorter than its
Content-Length (3 % of them, on purpose) is counted apart, since the server rightly waits for the rest.
"""
import collections
import concurrent.futures
import random
import socket
import sys
import time
import urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else 'http://127.0.0.1:4444'
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 600
SEED = int(sys.argv[4]) if len(sys.argv) > 4 else 1
HOST, PORT = urllib.parse.urlsplit(BASE).hostname, urllib.parse.urlsplit(BASE).port or 80

FORM_PATHS = ['/oauth2/token', '/oauth2/introspect', '/oauth2/revoke', '/oauth/token', '/oauth2/auth', '/userinfo',
              '/ui/login', '/ui/consent', '/ui/logout', '/oauth2/sessions/logout', '/api/oauth2/token']
JSON_PATHS = ['/admin/clients', '/admin/clients/x', '/clients', '/v3/oauth-clients', '/beta/oauth-clients/x',
              '/v1/extensions', '/v1/extensions/x', '/oauth2/register', '/oauth2/register/x',
              '/admin/oauth2/auth/requests/login/accept?login_challenge=x',
              '/admin/oauth2/auth/requests/consent/accept?consent_challenge=x', '/admin/keys/id-token',
              '/api/authentication/oauth/tokens', '/admin/trust/grants/jwt-bearer/issuers']
GET_PATHS = ['/oauth2/auth', '/.well-known/openid-configuration', '/.well-known/jwks.json', '/health/ready',
             '/admin/oauth2/auth/sessions/consent', '/admin/oauth2/auth/sessions/login', '/admin/clients',
             '/v3/oauth-clients', '/v1/extensions/', '/oauth2/sessions/logout', '/userinfo', '/ui/login',
             '/admin/oauth2/auth/requests/login', '/', '/oauth2/register/x']
NAMES = ['grant_type', 'client_id', 'client_secret', 'scope', 'code', 'redirect_uri', 'code_verifier', 'token',
         'refresh_token', 'audience', 'resource', 'assertion', 'client_assertion', 'client_assertion_type',
         'subject_token', 'subject_token_type', 'response_type', 'state', 'nonce', 'request', 'request_uri',
         'claims', 'max_age', 'prompt', 'login_challenge', 'csrf_token', 'username', 'password', 'subject', 'sid',
         'id_token_hint', 'post_logout_redirect_uri', 'code_challenge', 'code_challenge_method', 'response_mode']
VALUES = ['', 'x', 'client_credentials', 'authorization_code', 'refresh_token', 'openid', '%', '%zz', '%00', '\x00',
          '\u00e9', '\ud800', 'a' * 5000, '{"', '{}', '[]', 'null', '-1', '99999999999999999999', 'urn:x', 'http://',
          'https://evil.example/cb', 'e30.e30.', 'a.b.c', '..', '/../../etc/passwd', '<script>', "' OR 1=1 --",
          '\r\nX-Injected: 1', '=&=&', 'S256', 'plain', 'none', 'portcullis:admin', '0', 'true']
CONTENT_TYPES = ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=nope',
                 'application/x-www-form-urlencoded; charset="utf-8"', 'application/x-www-form-urlencoded; charset=',
                 'application/x-www-form-urlencoded; charset=iso-8859-1', 'application/json', 'application/json; charset=x',
                 'multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=zz',
                 'text/plain', 'application/json-patch+json', '', ';;;', 'application/*']
AUTHS = [None, None, 'Basic', 'Basic !!!', 'Basic ' + 'YTpi', 'Basic ' + 'Og==', 'Bearer', 'Bearer x', 'Bearer ' + 'a' * 3000,
         'Digest x', 'Basic ' + 'JQ==']


def fuzz_value(rng):
    value = rng.choice(VALUES)
    if rng.random() < 0.2:
        value = value * rng.randint(2, 50)
    return value


def form_body(rng):
    parts = []
    for _ in range(rng.randint(0, 8)):
        name = rng.choice(NAMES) if rng.random() < 0.9 else fuzz_value(rng)
        value = fuzz_value(rng)
        if rng.random() < 0.7:
            value = urllib.parse.quote(value, safe='', errors='surrogatepass') if rng.random() < 0.8 else value
        parts.append(name + ('=' + value if rng.random() < 0.95 else ''))
    body = '&'.join(parts)
    raw = body.encode('utf-8', 'surrogatepass')
    if rng.random() < 0.1:
        raw += bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
    return raw


def json_body(rng):
    shapes = ['{}', '[]', 'null', '"x"', '{"client_id":', '{"redirect_uris":"x"}', '{"grant_types":[1,2]}',
              '{"scope":{"a":1}}', '{"client_secret":"' + 'a' * 100 + '"}', '{"jwks":{"keys":[{"kty":"RSA"}]}}',
              '[{"op":"copy","from":"/a","path":"/a/-"}]', '{"subject":"\\u0000"}', '{"a":' * 200,
              '{"redirect_uris":["https://x/cb"],"token_endpoint_auth_method":"none"}', '\xff\xfe']
    text = rng.choice(shapes)
    return text.encode('utf-8', 'surrogateescape')


def request(rng):
    kind = rng.random()
    method, path, body, ctype = 'GET', rng.choice(GET_PATHS), b'', None
    if kind < 0.45:
        method, path, body, ctype = 'POST', rng.choice(FORM_PATHS), form_body(rng), rng.choice(CONTENT_TYPES)
    elif kind < 0.7:
        method = rng.choice(['POST', 'PUT', 'PATCH'])
        path, body, ctype = rng.choice(JSON_PATHS), json_body(rng), rng.choice(CONTENT_TYPES)
    elif kind < 0.8:
        method = rng.choice(['DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'GET'])
        path = rng.choice(GET_PATHS + JSON_PATHS + FORM_PATHS)
    query = ''
    if rng.random() < 0.6:
        query = form_body(rng).decode('latin-1')
        query = ''.join(c if 32 < ord(c) < 127 and c not in ' #' else '%{:02X}'.format(ord(c) & 0xff) for c in query)
    target = path + (('&' if '?' in path else '?') + query if query else '')
    headers = ['Host: ' + HOST, 'Connection: close']
    if ctype is not None and ctype != '':
        headers.append('Content-Type: ' + ctype)
    auth = rng.choice(AUTHS)
    if auth:
        headers.append('Authorization: ' + auth)
    if rng.random() < 0.05:
        headers.append('Cookie: portcullis_session=' + 'x' * rng.randint(1, 200))
    short = False
    if method in ('POST', 'PUT', 'PATCH') or body:
        length = len(body) if rng.random() < 0.97 else len(body) + rng.choice([-1, 1])
        # A body shorter than its Content-Length leaves the server waiting for the rest, as HTTP says it should.
        short = length > len(body)
        headers.append('Content-Length: ' + str(max(0, length)))
    head = '{} {} HTTP/1.1\r\n{}\r\n\r\n'.format(method, target, '\r\n'.join(headers)).encode('latin-1', 'replace')
    return method + ' ' + path.split('?')[0], head + body, short


def send(item):
    label, raw, short = item
    try:
        with socket.create_connection((HOST, PORT), timeout=10) as sock:
            sock.sendall(raw)
            answer = b''
            while b'\r\n' not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
            line = answer.split(b'\r\n', 1)[0].decode('latin-1', 'replace')
            status = line.split(' ')[1] if line.startswith('HTTP/') and len(line.split(' ')) > 1 else 'no status'
            return label, status, raw
    except socket.timeout:
        return label, 'waiting for the declared body' if short else 'timeout', raw
    except OSError as e:
        return label, 'closed (' + type(e).__name__ + ')', raw


def main():
    rng = random.Random(SEED)
    started = time.time()
    by_endpoint = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    bad = []
    sent = 0
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        while sent < COUNT and time.time() - started < SECONDS:
            batch = [request(rng) for _ in range(min(2000, COUNT - sent))]
            for label, status, raw in pool.map(send, batch):
                by_endpoint[label][status] += 1
                total[status] += 1
                if status.startswith('5') or status == 'timeout':
                    bad.append((status, raw[:300]))
            sent += len(batch)
    took = time.time() - started
    print('{} requests in {:.0f} s to {}, seed {}'.format(sent, took, BASE, SEED))
    print('statuses: ' + ', '.join('{} {}'.format(k, v) for k, v in sorted(total.items())))
    print()
    print('| endpoint | statuses |')
    print('|---|---|')
    for label in sorted(by_endpoint):
        print('| {} | {} |'.format(label, ', '.join('{} {}'.format(k, v) for k, v in sorted(by_endpoint[label].items()))))
    print()
    print('5xx or no answer: {}'.format(len(bad)))
    for status, raw in bad[:20]:
        print('- {}: {!r}'.format(status, raw))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()

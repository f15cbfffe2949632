#!/usr/bin/env python3
"""Runs oidcc-server-rotate-keys of a plan the way the module asks a person to: once the module has fetched the OP's
keys and waits to be started, rotate the OP's ID token signing key (a new RS256 key through the admin API), then
start it. The suite's own runner starts the module at once, which "always fails"; this instance replaces that one
in the plan's results.

  rotate-keys.py SUITE_BASE PLAN_ID OP_ISSUER ADMIN_CLIENT_ID ADMIN_CLIENT_SECRET
"""
import base64
import json
import ssl
import sys
import time
import urllib.parse
import urllib.request

MODULE = 'oidcc-server-rotate-keys'
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE


def call(method, url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    with urllib.request.urlopen(request, context=ctx, timeout=60) as response:
        body = response.read()
        return json.loads(body) if body else None


def main():
    suite, plan_id, issuer, admin_id, admin_secret = sys.argv[1:6]
    suite = suite.rstrip('/')
    plan = call('GET', suite + '/api/plan/' + plan_id)
    entry = next((m for m in plan['modules'] if m['testModule'] == MODULE), None)
    if entry is None:
        print('the plan has no ' + MODULE)
        return
    query = {'test': MODULE, 'plan': plan_id}
    if entry.get('variant'):
        query['variant'] = json.dumps(entry['variant'])
    module_id = call('POST', suite + '/api/runner?' + urllib.parse.urlencode(query))['id']
    deadline = time.time() + 60
    while call('GET', suite + '/api/info/' + module_id).get('status') != 'CONFIGURED':
        if time.time() > deadline:
            raise SystemExit(MODULE + ' did not get configured')
        time.sleep(0.5)
    basic = base64.b64encode('{}:{}'.format(admin_id, admin_secret).encode()).decode()
    token = call('POST', issuer + '/oauth2/token', b'grant_type=client_credentials&scope=portcullis%3Aadmin',
                 {'Authorization': 'Basic ' + basic, 'Content-Type': 'application/x-www-form-urlencoded'})['access_token']
    call('POST', issuer + '/admin/keys/id-token', json.dumps({'alg': 'RS256', 'use': 'sig'}).encode(),
         {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'})
    print('rotated the id-token signing key; starting ' + module_id)
    call('POST', suite + '/api/runner/' + module_id)
    deadline = time.time() + 120
    while True:
        info = call('GET', suite + '/api/info/' + module_id)
        if info.get('status') in ('FINISHED', 'INTERRUPTED'):
            print(MODULE + ': ' + str(info.get('result')))
            return
        if time.time() > deadline:
            raise SystemExit(MODULE + ' did not finish')
        time.sleep(0.5)


if __name__ == '__main__':
    main()

#!/usr/bin/env bash
# Runs the OpenID certification plans against a Portcullis jar started with its defaults, using the shared
# conformance scripts (../shared/conformance: setup.sh must have run, so that the suite is up).
#
#   conformance/run.sh [JAR] [PLAN...]     PLAN: config basic formpost logout dynamic (default: all five)
#
# What it adds to the shared scripts:
# - the server keeps its default pkce-required=true; the three certification clients are registered as not
#   needing PKCE (require_pkce=false), and with the address and phone scopes, through the admin API;
# - the Dynamic plan runs against a restart with registration switched on, fetching of loopback URIs allowed
#   (the suite serves its JWKS, sector and request URIs on https://localhost:8443), and the suite's certificate
#   trusted by the JVM;
# - the suite's browser script of ../shared/conformance, except for oidcc-ensure-request-object-with-redirect-uri:
#   this server follows the request object's registered redirect_uri, so the browser signs in there as usual;
# - oidcc-server-rotate-keys run again as it asks an operator to (conformance/rotate-keys.py): the ID token key is
#   rotated through the admin API while the module waits to be started;
# - a table of every plan's counts, in $CACHE/results/latest.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${1:-$ROOT/bootstrap/target/portcullis.jar}
[[ $# -gt 0 ]] && shift
PLANS=("$@")
[[ ${#PLANS[@]} -gt 0 ]] || PLANS=(config basic formpost logout dynamic)
SHARED=${CONFORMANCE_SCRIPTS:-$ROOT/../shared/conformance}
CACHE=${CONFORMANCE_CACHE:-/var/tmp/conformance}
HERE=$ROOT/conformance
# shellcheck source=/dev/null
source "$SHARED/clients.env"

log() { printf '[conformance %s] %s\n' "$(date +%T)" "$*" >&2; }

admin_token() {
  local issuer=$1
  curl -sk -u "$ADMIN_CLIENT_ID:$ADMIN_CLIENT_SECRET" -d grant_type=client_credentials -d scope=portcullis:admin \
    "$issuer/oauth2/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

certification_clients() {
  local issuer token id code
  issuer=$(cat "$CACHE/run/op-issuer")
  token=$(admin_token "$issuer")
  for id in "$CLIENT1_ID" "$CLIENT2_ID" "$CLIENT_POST_ID"; do
    code=$(curl -sk -o /dev/null -w '%{http_code}' -X PATCH "$issuer/admin/clients/$id" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json-patch+json' \
      -d '[{"op":"add","path":"/require_pkce","value":false},
           {"op":"replace","path":"/scope","value":"openid offline_access offline profile email address phone"}]')
    [[ $code == 200 ]] || { echo "patching $id: HTTP $code" >&2; exit 1; }
  done
  log "certification clients: require_pkce=false, scopes with address and phone"
}

trust_store() { # the JVM's CA certificates plus the suite's self-signed one
  local store=$CACHE/tls/portcullis-trust.p12 cacerts
  if [[ ! -f $store ]]; then
    cacerts=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/security/cacerts
    keytool -importkeystore -srckeystore "$cacerts" -srcstorepass changeit -destkeystore "$store" \
      -deststoretype PKCS12 -deststorepass changeit -noprompt >/dev/null 2>&1
    openssl x509 -in "$CACHE/tls/server.pem" -out "$CACHE/tls/suite.crt"
    keytool -importcert -alias conformance-suite -file "$CACHE/tls/suite.crt" -keystore "$store" \
      -storepass changeit -noprompt >/dev/null
  fi
  echo "$store"
}

start() { # static | dynamic
  "$SHARED/stop.sh" portcullis >/dev/null 2>&1 || true
  if [[ $1 == dynamic ]]; then
    PORTCULLIS_REGISTRATION_ENABLED=true \
    PORTCULLIS_CLIENT_DOCUMENTS_ALLOW_PRIVATE_HOSTS=true \
    PORTCULLIS_REGISTRATION_REQUIRE_PKCE=false \
    JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=$(trust_store) -Djavax.net.ssl.trustStorePassword=changeit" \
    PKCE_REQUIRED=true "$SHARED/start-portcullis.sh" "$JAR"
  else
    PKCE_REQUIRED=true "$SHARED/start-portcullis.sh" "$JAR"
  fi
  certification_clients
}

started=
for plan in "${PLANS[@]}"; do
  mode=static
  [[ $plan == dynamic ]] && mode=dynamic
  if [[ $started != "$mode" ]]; then start "$mode"; started=$mode; fi
  if [[ $plan == dynamic ]]; then
    "$SHARED/run-plan.sh" 'oidcc-dynamic-certification-test-plan[response_type=code]' "$HERE/portcullis-dynamic.template.json"
    # The key rotation module, run again as it asks: rotate between its two fetches of the JWKS.
    out=$(ls -td "$CACHE"/results/oidcc-dynamic-* | head -1)
    plan_id=$(grep -o 'Created test plan, new id: [A-Za-z0-9]*' "$out/runner.log" | awk '{print $NF}' | head -1)
    python3 "$HERE/rotate-keys.py" "${SUITE_BASE:-https://localhost:8443}" "$plan_id" "$(cat "$CACHE/run/op-issuer")" \
      "$ADMIN_CLIENT_ID" "$ADMIN_CLIENT_SECRET"
    python3 "$SHARED/summarize.py" "${SUITE_BASE:-https://localhost:8443}" "$plan_id" --json "$out/summary.json" > "$out/summary.md"
  else
    "$SHARED/run-plan.sh" "$plan" "$HERE/portcullis-static.template.json"
  fi
done
"$SHARED/stop.sh" portcullis >/dev/null 2>&1 || true

python3 "$HERE/table.py" "$CACHE/results" "${PLANS[@]}" | tee "$CACHE/results/latest.md"

#!/usr/bin/env bash
# Real-TLS integration test of tracelot-server's GET /v1/health.
# Makes a throw-away test CA and server certificates with openssl in a temp dir (deleted on
# exit, never committed), starts tracelot-server on a free port and checks with curl that:
#   a) https://localhost verifies with the test CA and answers {"status":"ok",...} as JSON
#   b) https://127.0.0.1 verifies too (IP subjectAltName)
#   c) without the test CA, curl refuses the certificate (exit 60)
#   d) with a different CA, curl refuses it
#   e) a certificate issued for another host name fails curl's host name check
#   f) plain http:// to the port gets no health answer (and the server keeps serving)
#   g) an old X-Tracelot-Client-Version gets 426; unknown paths get a JSON 404
#   h) the server listens on 127.0.0.1 only
# and that a second server on the same port exits 1 with a clear message.
# Every wait is bounded; the servers are stopped on exit.
# Usage: https_health_test.sh PATH/TO/tracelot-server
set -euo pipefail

SERVER=${1:?usage: $0 PATH/TO/tracelot-server}
[ -x "$SERVER" ] || { echo "not an executable: $SERVER" >&2; exit 2; }
SERVER=$(readlink -f "$SERVER")
command -v openssl >/dev/null || { echo "SKIP: openssl is needed" >&2; exit 77; }
command -v curl >/dev/null || { echo "SKIP: curl is needed" >&2; exit 77; }

# Only our CA files count: no CA bundle, proxy or ~/.curlrc from the environment (curl -q).
unset CURL_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tracelot-https-test.XXXXXX")
export XDG_DATA_HOME="$WORK/data"  # the server's default database and replica go here, not in ~
SERVER_PIDS=()
cleanup() {
    local pid
    for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${SERVER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM  # run the EXIT trap on ctest's timeout kill too

FAILURES=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
die() { echo "ERROR: $*" >&2; exit 1; }

# ---- certificates ------------------------------------------------------------------------
cat >"$WORK/openssl.cnf" <<'EOF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
EOF

new_key_args() { # ec|rsa
    if [ "$1" = rsa ]; then echo "-newkey rsa:2048"; else echo "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1"; fi
}

make_ca() { # name
    # shellcheck disable=SC2046
    openssl req -x509 -config "$WORK/openssl.cnf" -extensions ca_ext $(new_key_args ec) -nodes \
        -keyout "$WORK/$1.key" -out "$WORK/$1.pem" -days 2 -subj "/CN=Tracelot test CA $1" 2>"$WORK/openssl.log" \
        || die "openssl could not make CA $1: $(cat "$WORK/openssl.log")"
}

issue_cert() { # name ca common-name subjectAltName ec|rsa
    local name=$1 ca=$2 cn=$3 san=$4 type=$5
    printf '%s\n' "basicConstraints = critical, CA:FALSE" "keyUsage = critical, digitalSignature, keyEncipherment" \
        "extendedKeyUsage = serverAuth" "subjectAltName = $san" "subjectKeyIdentifier = hash" \
        "authorityKeyIdentifier = keyid" >"$WORK/$name.ext"
    # shellcheck disable=SC2046
    openssl req -new -config "$WORK/openssl.cnf" $(new_key_args "$type") -nodes -keyout "$WORK/$name.key" \
        -out "$WORK/$name.csr" -subj "/CN=$cn" 2>"$WORK/openssl.log" \
        || die "openssl could not make the request for $name: $(cat "$WORK/openssl.log")"
    openssl x509 -req -in "$WORK/$name.csr" -CA "$WORK/$ca.pem" -CAkey "$WORK/$ca.key" -CAcreateserial \
        -out "$WORK/$name.pem" -days 2 -extfile "$WORK/$name.ext" 2>"$WORK/openssl.log" \
        || die "openssl could not issue $name: $(cat "$WORK/openssl.log")"
    chmod 600 "$WORK/$name.key"
}

make_ca ca
make_ca other-ca
issue_cert server ca localhost "DNS:localhost, IP:127.0.0.1" ec
issue_cert wrong ca wrong.example "DNS:wrong.example" rsa  # RSA: the other key type the server loads

# ---- servers -----------------------------------------------------------------------------
PORT=
start_server() { # name, then server arguments; sets PORT
    local name=$1 line=
    shift
    # timeout: a safety net should the trap ever be skipped.
    timeout --kill-after=5 300 "$SERVER" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
    local pid=$!
    SERVER_PIDS+=("$pid")
    local i
    for ((i = 0; i < 100; i++)); do  # at most ~10 s
        line=$(grep -m1 '^tracelot-server listening on ' "$WORK/$name.out" || true)
        [ -n "$line" ] && break
        kill -0 "$pid" 2>/dev/null || die "server $name exited: $(cat "$WORK/$name.err")"
        sleep 0.1
    done
    [ -n "$line" ] || die "server $name printed no listening line within 10 s: $(cat "$WORK/$name.err")"
    if [[ $line =~ ^tracelot-server\ listening\ on\ https://127\.0\.0\.1:([0-9]+)$ ]]; then
        PORT=${BASH_REMATCH[1]}
    else
        die "unexpected listening line: $line"
    fi
    [ "$PORT" -gt 0 ] || die "port 0 in: $line"
}

# Runs curl; the body goes to $WORK/body, curl's messages to $WORK/curl.err.
# Sets CURL_RC, HTTP_CODE and CONTENT_TYPE.
fetch() {
    CURL_RC=0
    local out
    rm -f "$WORK/body"  # curl leaves the old file alone when it receives nothing
    out=$(curl -q --silent --show-error --noproxy '*' --connect-timeout 3 --max-time 5 \
        -o "$WORK/body" -w '%{http_code} %{content_type}' "$@" 2>"$WORK/curl.err") || CURL_RC=$?
    HTTP_CODE=${out%% *}
    CONTENT_TYPE=${out#* }
    [ -f "$WORK/body" ] || : >"$WORK/body"
}
body() { cat "$WORK/body"; }
body_has() { grep -qF -- "$1" "$WORK/body"; }

VERSION=$("$SERVER" --version | awk '{print $2}')
[ -n "$VERSION" ] || die "tracelot-server --version printed no version"

start_server main --cert "$WORK/server.pem" --key "$WORK/server.key" --port 0
MAIN_PORT=$PORT
echo "server listening on port $MAIN_PORT"

# a) the right CA, host name localhost
fetch --cacert "$WORK/ca.pem" "https://localhost:$MAIN_PORT/v1/health"
if [ "$CURL_RC" -eq 0 ] && [ "$HTTP_CODE" = 200 ] && [[ $CONTENT_TYPE == application/json* ]] \
    && body_has '"status":"ok"' && body_has "\"version\":\"$VERSION\"" && body_has '"api":1' \
    && grep -Eq '"time":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z"' "$WORK/body"; then
    pass "a) https://localhost with the test CA: 200 $CONTENT_TYPE $(body)"
else
    fail "a) https://localhost with the test CA: curl $CURL_RC, HTTP $HTTP_CODE, type '$CONTENT_TYPE', body $(body) $(cat "$WORK/curl.err")"
fi

# b) the IP address as host (IP subjectAltName)
fetch --cacert "$WORK/ca.pem" "https://127.0.0.1:$MAIN_PORT/v1/health"
if [ "$CURL_RC" -eq 0 ] && [ "$HTTP_CODE" = 200 ] && body_has '"status":"ok"'; then
    pass "b) https://127.0.0.1 with the test CA: 200"
else
    fail "b) https://127.0.0.1: curl $CURL_RC, HTTP $HTTP_CODE, $(cat "$WORK/curl.err")"
fi

# c) without the test CA (the system CA store does not know it)
fetch "https://localhost:$MAIN_PORT/v1/health"
if [ "$CURL_RC" -eq 60 ] && ! body_has status; then
    pass "c) without --cacert: curl refuses the certificate (exit 60)"
else
    fail "c) without --cacert: expected curl exit 60, got $CURL_RC (HTTP $HTTP_CODE)"
fi

# d) a different CA
fetch --cacert "$WORK/other-ca.pem" "https://localhost:$MAIN_PORT/v1/health"
if [ "$CURL_RC" -eq 60 ] && ! body_has status; then
    pass "d) with another CA: curl refuses the certificate (exit 60)"
else
    fail "d) with another CA: expected curl exit 60, got $CURL_RC (HTTP $HTTP_CODE)"
fi

# e) a certificate for another host name, signed by the right CA. This server is configured
#    through --config (relative paths are relative to the INI file).
printf '%s\n' "cert = wrong.pem" "key = wrong.key" "port = 0" >"$WORK/wrong.ini"
start_server wrong --config "$WORK/wrong.ini"
WRONG_PORT=$PORT
fetch --cacert "$WORK/ca.pem" "https://localhost:$WRONG_PORT/v1/health"
if [ "$CURL_RC" -eq 60 ] && grep -qiE 'subject name|does not match' "$WORK/curl.err"; then
    pass "e) certificate for wrong.example at localhost: host name check fails ($(head -n1 "$WORK/curl.err"))"
else
    fail "e) certificate for wrong.example at localhost: curl $CURL_RC, HTTP $HTTP_CODE, $(cat "$WORK/curl.err")"
fi
fetch --cacert "$WORK/ca.pem" "https://127.0.0.1:$WRONG_PORT/v1/health"
if [ "$CURL_RC" -eq 60 ]; then
    pass "e) certificate for wrong.example at 127.0.0.1: host name check fails"
else
    fail "e) certificate for wrong.example at 127.0.0.1: curl $CURL_RC, HTTP $HTTP_CODE"
fi
# Control: the same certificate verifies under its own name, so the failures above are the name check.
fetch --cacert "$WORK/ca.pem" --resolve "wrong.example:$WRONG_PORT:127.0.0.1" "https://wrong.example:$WRONG_PORT/v1/health"
if [ "$CURL_RC" -eq 0 ] && [ "$HTTP_CODE" = 200 ]; then
    pass "e) control: the wrong.example certificate (RSA key, --config) verifies as wrong.example"
else
    fail "e) control: https://wrong.example: curl $CURL_RC, HTTP $HTTP_CODE, $(cat "$WORK/curl.err")"
fi

# f) plain HTTP to the HTTPS port
fetch "http://127.0.0.1:$MAIN_PORT/v1/health"
if { [ "$CURL_RC" -ne 0 ] || [ "$HTTP_CODE" != 200 ]; } && ! body_has status; then
    pass "f) plain http:// gets no health answer (curl $CURL_RC, HTTP $HTTP_CODE)"
else
    fail "f) plain http://: curl $CURL_RC, HTTP $HTTP_CODE, body $(body)"
fi
fetch --cacert "$WORK/ca.pem" "https://localhost:$MAIN_PORT/v1/health"
if [ "$CURL_RC" -eq 0 ] && [ "$HTTP_CODE" = 200 ]; then
    pass "f) the server still answers HTTPS after the plain HTTP attempt"
else
    fail "f) HTTPS after plain HTTP: curl $CURL_RC, HTTP $HTTP_CODE"
fi

# g) client version gate and JSON 404
fetch --cacert "$WORK/ca.pem" -H "X-Tracelot-Client-Version: 0" "https://localhost:$MAIN_PORT/v1/health"
if [ "$CURL_RC" -eq 0 ] && [ "$HTTP_CODE" = 426 ] && [[ $CONTENT_TYPE == application/json* ]] \
    && body_has '"error":"client_version_not_supported"' \
    && body_has '"message":"This Tracelot version is too old to sync; please update."'; then
    pass "g) X-Tracelot-Client-Version: 0 -> 426 $(body)"
else
    fail "g) old client version: curl $CURL_RC, HTTP $HTTP_CODE, body $(body)"
fi
fetch --cacert "$WORK/ca.pem" -H "x-tracelot-client-version: 0" "https://localhost:$MAIN_PORT/v1/anything"
if [ "$HTTP_CODE" = 426 ]; then
    pass "g) the gate ignores header case and applies to unknown paths too: 426"
else
    fail "g) lower-case header on an unknown path: HTTP $HTTP_CODE, body $(body)"
fi
fetch --cacert "$WORK/ca.pem" -H "X-Tracelot-Client-Version: 1" "https://localhost:$MAIN_PORT/v1/health"
if [ "$HTTP_CODE" = 200 ] && body_has '"status":"ok"'; then
    pass "g) X-Tracelot-Client-Version: 1 -> 200"
else
    fail "g) current client version: HTTP $HTTP_CODE, body $(body)"
fi
fetch --cacert "$WORK/ca.pem" "https://localhost:$MAIN_PORT/v1/nope"
if [ "$HTTP_CODE" = 404 ] && [[ $CONTENT_TYPE == application/json* ]] && [ "$(body)" = '{"error":"not_found"}' ]; then
    pass "g) unknown path -> 404 $(body)"
else
    fail "g) unknown path: HTTP $HTTP_CODE, type '$CONTENT_TYPE', body $(body)"
fi

# h) loopback only: every listening socket on the port is bound to 127.0.0.1
listen_addresses() { # port
    if command -v ss >/dev/null; then
        ss -Hltn "sport = :$1" | awk '{print $4}'
    else  # /proc fallback: IPv4 and IPv6 sockets in state LISTEN (0A) on that port
        local hex
        hex=$(printf '%04X' "$1")
        awk -v p="$hex" 'FNR > 1 && $4 == "0A" && toupper(substr($2, length($2) - 3)) == p {print FILENAME ":" $2}' \
            /proc/net/tcp /proc/net/tcp6 | sed -e "s|^/proc/net/tcp:0100007F:.*|127.0.0.1:$1|"
    fi
}
ADDRESSES=$(listen_addresses "$MAIN_PORT" | sort -u | tr '\n' ' ')
if [ "$ADDRESSES" = "127.0.0.1:$MAIN_PORT " ]; then
    pass "h) listening on 127.0.0.1:$MAIN_PORT only"
else
    fail "h) listening sockets on port $MAIN_PORT: '$ADDRESSES' (expected 127.0.0.1:$MAIN_PORT only)"
fi

# A second server on a port already taken: exit 1 and a clear line, not a silent failure.
rc=0
timeout 10 "$SERVER" --cert "$WORK/server.pem" --key "$WORK/server.key" --port "$MAIN_PORT" \
    >"$WORK/taken.out" 2>"$WORK/taken.err" || rc=$?
if [ "$rc" -eq 1 ] && grep -q "^tracelot-server: cannot listen on https://127.0.0.1:$MAIN_PORT" "$WORK/taken.err" \
    && [ ! -s "$WORK/taken.out" ]; then
    pass "port already taken: exit 1, $(grep '^tracelot-server:' "$WORK/taken.err")"
else
    fail "port already taken: exit $rc (want 1): $(cat "$WORK/taken.err")"
fi

# Both servers must still be running (no crash on the bad handshakes).
for pid in "${SERVER_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || fail "server process $pid died during the test"
done

if [ "$FAILURES" -ne 0 ]; then
    echo "$FAILURES check(s) failed. Server stderr:"
    cat "$WORK/main.err" "$WORK/wrong.err" 2>/dev/null || true
    exit 1
fi
echo "all HTTPS health checks passed"

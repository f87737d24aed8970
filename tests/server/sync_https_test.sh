#!/usr/bin/env bash
# End-to-end sync over real HTTPS with a real PostgreSQL (issue #7).
# Makes a throw-away CA with openssl, starts PostgreSQL (initdb in a temp dir, 127.0.0.1 only,
# a free port, its socket in the temp dir; as root it runs as the `postgres` user), starts two
# tracelot-server processes on that one database, and drives two workstations with tracelot-cli:
#   a) A enrols with a one-time code and pushes its commands; B enrols and pulls them: same events
#   b) the enrolment code cannot be used twice
#   c) a workstation with another CA is refused with a clear TLS message, nothing written
#   d) a certificate for another host name is refused (host name check)
#   e) second server process on the same PostgreSQL sees the same log (shared ordering)
#   f) GET /metrics in Prometheus text format counts the stored events
#   g) a revoked device is refused with a message that says so
# Usage: sync_https_test.sh PATH/TO/tracelot-server PATH/TO/tracelot-cli
set -euo pipefail

SERVER=$(readlink -f "${1:?usage: $0 tracelot-server tracelot-cli}")
CLI=$(readlink -f "${2:?usage: $0 tracelot-server tracelot-cli}")
command -v openssl >/dev/null || { echo "SKIP: openssl is needed" >&2; exit 77; }
command -v curl >/dev/null || { echo "SKIP: curl is needed" >&2; exit 77; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -x "$PGBIN/initdb" ] || { echo "SKIP: PostgreSQL server binaries are needed (/usr/lib/postgresql/*/bin)" >&2; exit 77; }
unset CURL_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tracelot-sync-test.XXXXXX")
chmod 711 "$WORK"
export XDG_DATA_HOME="$WORK/data"
AS_PG=()
if [ "$(id -u)" = 0 ]; then AS_PG=(runuser -u postgres --); fi
SERVER_PIDS=()
PG_STARTED=
cleanup() {
    local pid
    for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${SERVER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    [ -n "$PG_STARTED" ] && "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

FAILURES=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
die() { echo "ERROR: $*" >&2; exit 1; }

free_port() {
    local p
    for p in $(shuf -i 20000-60000 -n 50); do
        (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
    die "no free port"
}

# ---- certificates ------------------------------------------------------------------------
cat >"$WORK/openssl.cnf" <<'CNF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
CNF
make_ca() {
    openssl req -x509 -config "$WORK/openssl.cnf" -extensions ca_ext -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$WORK/$1.key" -out "$WORK/$1.pem" -days 2 -subj "/CN=Tracelot sync test CA $1" 2>"$WORK/openssl.log" || die "openssl: $(cat "$WORK/openssl.log")"
}
issue_cert() { # name ca cn san
    printf '%s\n' "basicConstraints = critical, CA:FALSE" "keyUsage = critical, digitalSignature, keyEncipherment" \
        "extendedKeyUsage = serverAuth" "subjectAltName = $4" >"$WORK/$1.ext"
    openssl req -new -config "$WORK/openssl.cnf" -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$WORK/$1.key" \
        -out "$WORK/$1.csr" -subj "/CN=$3" 2>"$WORK/openssl.log" || die "openssl: $(cat "$WORK/openssl.log")"
    openssl x509 -req -in "$WORK/$1.csr" -CA "$WORK/$2.pem" -CAkey "$WORK/$2.key" -CAcreateserial -out "$WORK/$1.pem" -days 2 \
        -extfile "$WORK/$1.ext" 2>"$WORK/openssl.log" || die "openssl: $(cat "$WORK/openssl.log")"
    chmod 600 "$WORK/$1.key"
}
make_ca ca
make_ca other-ca
issue_cert server ca localhost "DNS:localhost, IP:127.0.0.1"
issue_cert wrong ca wrong.example "DNS:wrong.example"

# ---- PostgreSQL --------------------------------------------------------------------------
mkdir -p "$WORK/pg"
[ ${#AS_PG[@]} -gt 0 ] && chown postgres "$WORK/pg"
PGPORT=$(free_port)
"${AS_PG[@]}" "$PGBIN/initdb" -D "$WORK/pg/data" -A trust -U tracelot --no-sync -E UTF8 >"$WORK/initdb.log" 2>&1 || die "initdb: $(tail -5 "$WORK/initdb.log")"
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $WORK/pg" -l "$WORK/pg/log" -w -t 60 start >/dev/null \
    || die "PostgreSQL did not start: $(tail -5 "$WORK/pg/log")"
PG_STARTED=1
DB="host=127.0.0.1 port=$PGPORT dbname=postgres user=tracelot"
echo "PostgreSQL on 127.0.0.1:$PGPORT"

# ---- servers -----------------------------------------------------------------------------
start_server() { # name, then arguments; sets PORT
    local name=$1 line= i
    shift
    timeout --kill-after=5 300 "$SERVER" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
    SERVER_PIDS+=("$!")
    for ((i = 0; i < 150; i++)); do
        line=$(grep -m1 '^tracelot-server listening on ' "$WORK/$name.out" 2>/dev/null || true)
        [ -n "$line" ] && break
        kill -0 "${SERVER_PIDS[-1]}" 2>/dev/null || die "server $name exited: $(cat "$WORK/$name.err")"
        sleep 0.1
    done
    [[ $line =~ :([0-9]+)$ ]] || die "server $name: no listening line: $(cat "$WORK/$name.err")"
    PORT=${BASH_REMATCH[1]}
}
CODE_A=$("$SERVER" devices issue-code "Dock A" --db "$DB" --replica "$WORK/replica1.sqlite")
CODE_B=$("$SERVER" devices issue-code "Office B" --db "$DB" --replica "$WORK/replica1.sqlite")
CODE_C=$("$SERVER" devices issue-code "Wrong CA" --db "$DB" --replica "$WORK/replica1.sqlite")
start_server one --cert "$WORK/server.pem" --key "$WORK/server.key" --port 0 --db "$DB" --replica "$WORK/replica1.sqlite"
PORT1=$PORT
start_server two --cert "$WORK/server.pem" --key "$WORK/server.key" --port 0 --db "$DB" --replica "$WORK/replica2.sqlite"
PORT2=$PORT
start_server wrong --cert "$WORK/wrong.pem" --key "$WORK/wrong.key" --port 0 --db "$DB" --replica "$WORK/replica3.sqlite"
PORT_WRONG=$PORT

# ---- workstations ------------------------------------------------------------------------
export TRACELOT_PASSWORD="correct horse battery"
A="$WORK/a.sqlite"
B="$WORK/b.sqlite"
C="$WORK/c.sqlite"
"$CLI" --db "$A" init >/dev/null
echo "$TRACELOT_PASSWORD" | "$CLI" --db "$A" user add ada --name "Ada Admin" --password-stdin >/dev/null
"$CLI" --db "$A" exec DefineLocation --as ada --json '{"code":"CR-01","name":"Cold room 1","type":"cold_room","temp_min_c":"0","temp_max_c":"4"}' >/dev/null
"$CLI" --db "$B" init >/dev/null
"$CLI" --db "$C" init >/dev/null

# a) enrol and sync
if "$CLI" --db "$A" sync enrol --server "https://localhost:$PORT1" --ca "$WORK/ca.pem" --code "$CODE_A" --name "Dock A" >"$WORK/a.out" 2>&1 \
    && "$CLI" --db "$A" sync --json >"$WORK/a.sync" 2>&1 && grep -q '"pending":0' "$WORK/a.sync"; then
    pass "a) A enrolled and pushed: $(cat "$WORK/a.sync")"
else
    fail "a) A enrol/sync: $(cat "$WORK/a.out" "$WORK/a.sync" 2>/dev/null)"
fi
if "$CLI" --db "$B" sync enrol --server "https://127.0.0.1:$PORT2" --ca "$WORK/ca.pem" --code "$CODE_B" >"$WORK/b.out" 2>&1 \
    && "$CLI" --db "$B" sync >>"$WORK/b.out" 2>&1 \
    && diff <("$CLI" --db "$A" events --json) <("$CLI" --db "$B" events --json) >/dev/null \
    && [ "$("$CLI" --db "$B" events --json | wc -l)" -ge 2 ]; then
    pass "a) B (through the second server process) pulled the same events as A: $(tail -1 "$WORK/b.out")"
else
    fail "a) B's events differ from A's: $(cat "$WORK/b.out")"
fi

# b) a code is good once
if ! "$CLI" --db "$C" sync enrol --server "https://localhost:$PORT1" --ca "$WORK/ca.pem" --code "$CODE_A" >"$WORK/c.out" 2>&1 \
    && grep -q "already used" "$WORK/c.out"; then
    pass "b) a used enrolment code is refused: $(cat "$WORK/c.out")"
else
    fail "b) used code: $(cat "$WORK/c.out")"
fi

# c) another CA: refused with a clear TLS message
if ! "$CLI" --db "$C" sync enrol --server "https://localhost:$PORT1" --ca "$WORK/other-ca.pem" --code "$CODE_C" >"$WORK/c.out" 2>&1 \
    && grep -q "secure connection" "$WORK/c.out" && grep -qi "certificate" "$WORK/c.out"; then
    pass "c) wrong CA refused: $(cat "$WORK/c.out")"
else
    fail "c) wrong CA: $(cat "$WORK/c.out")"
fi

# d) a certificate for another host name
if ! "$CLI" --db "$C" sync enrol --server "https://localhost:$PORT_WRONG" --ca "$WORK/ca.pem" --code "$CODE_C" >"$WORK/c.out" 2>&1 \
    && grep -qi "host name" "$WORK/c.out"; then
    pass "d) wrong host name refused: $(cat "$WORK/c.out")"
else
    fail "d) wrong host name: $(cat "$WORK/c.out")"
fi

# e) + f) metrics on both processes count the same stored events
EVENTS_A=$("$CLI" --db "$A" events --json | wc -l)
M1=$(curl -q -s --cacert "$WORK/ca.pem" "https://localhost:$PORT1/metrics" || true)
M2=$(curl -q -s --cacert "$WORK/ca.pem" "https://localhost:$PORT2/metrics" || true)
if grep -q "^tracelot_events_stored $EVENTS_A$" <<<"$M1" && grep -q "^tracelot_events_stored $EVENTS_A$" <<<"$M2" \
    && grep -q '^# TYPE tracelot_push_latency_seconds histogram' <<<"$M1" && grep -q '^tracelot_commands_accepted_total [1-9]' <<<"$M1"; then
    pass "e/f) both server processes report $EVENTS_A stored events in Prometheus format"
else
    fail "e/f) metrics: $M1"
fi

# g) revoked device
DEVICE_B=$("$CLI" --db "$B" init | sed -n 's/.*device \([0-9a-f-]*\)).*/\1/p')
"$SERVER" devices revoke "$DEVICE_B" --db "$DB" --replica "$WORK/replica4.sqlite" >/dev/null
if ! "$CLI" --db "$B" sync >"$WORK/b.out" 2>&1 && grep -q "revoked" "$WORK/b.out"; then
    pass "g) revoked device refused: $(cat "$WORK/b.out")"
else
    fail "g) revoked device: $(cat "$WORK/b.out")"
fi

[ "$FAILURES" -eq 0 ] || { echo "$FAILURES failure(s)"; exit 1; }
echo "all sync HTTPS checks passed"

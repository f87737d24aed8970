#!/usr/bin/env bash
# tracelot-server refuses to start without a usable TLS identity or with a bad configuration:
# exit code 2 and one clear line on stderr, nothing on stdout, never a listening socket.
# Test keys and certificates are made with openssl in a temp dir deleted on exit.
# Usage: startup_errors_test.sh PATH/TO/tracelot-server
set -euo pipefail

SERVER=${1:?usage: $0 PATH/TO/tracelot-server}
[ -x "$SERVER" ] || { echo "not an executable: $SERVER" >&2; exit 2; }
SERVER=$(readlink -f "$SERVER")
command -v openssl >/dev/null || { echo "SKIP: openssl is needed" >&2; exit 77; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tracelot-startup-test.XXXXXX")
export XDG_DATA_HOME="$WORK/data"  # the server's default database goes here, not in ~
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
cd "$WORK"

FAILURES=0

# expect_refusal DESCRIPTION EXPECTED-TEXT SERVER-ARGS...
# --port 0 everywhere: should the server wrongly start, it must not collide with anything,
# and `timeout` ends it (exit 124, a failure).
expect_refusal() {
    local description=$1 expected=$2 rc=0
    shift 2
    timeout 10 "$SERVER" "$@" >stdout.txt 2>stderr.txt || rc=$?
    local lines
    lines=$(wc -l <stderr.txt)
    if [ "$rc" -eq 2 ] && [ "$lines" -eq 1 ] && [ ! -s stdout.txt ] && grep -qF -- "$expected" stderr.txt \
        && grep -q '^tracelot-server: ' stderr.txt; then
        echo "PASS: $description: $(cat stderr.txt)"
    else
        echo "FAIL: $description: exit $rc (want 2), $lines stderr line(s) (want 1) wanting '$expected':"
        sed 's/^/  stderr: /' stderr.txt
        sed 's/^/  stdout: /' stdout.txt
        FAILURES=$((FAILURES + 1))
    fi
}

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout good.key -out good.pem \
    -days 2 -subj "/CN=localhost" 2>/dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out other.key 2>/dev/null
openssl pkey -in good.key -aes256 -passout pass:test-only -out encrypted.key 2>/dev/null
echo "not a certificate" >garbage.pem
chmod 600 ./*.key

expect_refusal "no certificate, no key" "no TLS certificate" --port 0
expect_refusal "certificate without key" "no private key" --cert good.pem --port 0
expect_refusal "key without certificate" "no certificate" --key good.key --port 0
expect_refusal "certificate file missing" "does not exist" --cert missing.pem --key good.key --port 0
expect_refusal "key file missing" "does not exist" --cert good.pem --key missing.key --port 0
expect_refusal "certificate file not PEM" "holds no PEM certificate" --cert garbage.pem --key good.key --port 0
expect_refusal "key of another certificate" "does not belong" --cert good.pem --key other.key --port 0
expect_refusal "encrypted key" "is encrypted" --cert good.pem --key encrypted.key --port 0
expect_refusal "port out of range" "invalid port" --cert good.pem --key good.key --port 70000
expect_refusal "listen address not an IP" "not an IP address" --cert good.pem --key good.key --port 0 --listen example.org
expect_refusal "unknown flag" "Unknown option" --cert good.pem --key good.key --port 0 --insecure
expect_refusal "config file missing" "cannot read config file" --config missing.ini --port 0
printf '%s\n' "cert = good.pem" "kye = good.key" >typo.ini
expect_refusal "unknown key in config file" "unknown key 'kye'" --config typo.ini --port 0
printf '%s\n' "port = 0" >nocert.ini
expect_refusal "config file without cert and key" "no TLS certificate" --config nocert.ini
expect_refusal "unsupported database" "unsupported database type 'mysql'" \
    --cert good.pem --key good.key --port 0 --db "mysql://tracelot:s3cret@db.example/tracelot"
if grep -q s3cret stderr.txt; then
    echo "FAIL: the database password was echoed: $(cat stderr.txt)"
    FAILURES=$((FAILURES + 1))
fi
# PostgreSQL that cannot be reached: exit 1 (runtime), one clear line, no password echoed.
rc=0
timeout 20 "$SERVER" --cert good.pem --key good.key --port 0 --db "postgresql://tracelot:s3cret@127.0.0.1:1/tracelot" >stdout.txt 2>stderr.txt || rc=$?
if [ "$rc" -eq 1 ] && grep -q '^tracelot-server: Cannot open the server database' stderr.txt && ! grep -q s3cret stderr.txt; then
    echo "PASS: unreachable PostgreSQL: $(head -c 200 stderr.txt)"
else
    echo "FAIL: unreachable PostgreSQL: exit $rc: $(cat stderr.txt)"
    FAILURES=$((FAILURES + 1))
fi

if [ "$FAILURES" -ne 0 ]; then
    echo "$FAILURES check(s) failed"
    exit 1
fi
echo "all start-up refusals passed"

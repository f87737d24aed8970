#!/usr/bin/env bash
# One entry point for newcomers and CI.
#   scripts/dev.sh run    install what is missing, build, start the desktop app on
#                         an embedded SQLite database (demo data offered on first start)
#   scripts/dev.sh test   install what is missing, build (warnings are errors), run every
#                         test, then the unit tests again under ASan+UBSan
#   scripts/dev.sh bench  build the release preset and run the benchmark programs
# Environment: CI=true (no display; implies offscreen), TRACELOT_SKIP_ASAN=1,
#              TRACELOT_SLOW=1 (register the slow suites too).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

bash scripts/install-deps.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout, so a fresh clone elsewhere still hits the cache.
export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
jobs=$(nproc)

configure_build() { # preset [extra cmake args]
  local preset=$1; shift
  cmake --preset "$preset" -DTRACELOT_SLOW_TESTS="${TRACELOT_SLOW:-OFF}" "$@" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
}

case "${1:-}" in
  run)
    configure_build dev
    shift
    DB="${TRACELOT_DB:-$ROOT/build/tracelot-demo.sqlite}"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
      echo "No display found: starting under xvfb-run (set DISPLAY to see the window)." >&2
      exec xvfb-run -a "$ROOT/build/dev/app/desktop/tracelot" --db "$DB" "$@"
    fi
    exec "$ROOT/build/dev/app/desktop/tracelot" --db "$DB" "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    configure_build ci
    status=0
    ctest --preset ci -j "$jobs" || status=$?
    if [ "${TRACELOT_SKIP_ASAN:-0}" != "1" ] && [ $status -eq 0 ]; then
      echo "== unit tests under ASan+UBSan =="
      configure_build asan
      ctest --preset asan -j "$jobs" -L unit || status=$?
    fi
    exit $status
    ;;
  bench)
    configure_build release
    for b in "$ROOT"/build/release/tests/bench/bench_*; do
      [ -x "$b" ] && "$b" "${@:2}"
    done
    ;;
  *)
    sed -n '2,10p' "$0"; exit 2 ;;
esac

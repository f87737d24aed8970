#!/usr/bin/env bash
# Installs, with apt, exactly the Debian packages Tracelot needs that are missing.
# Idempotent and quiet when everything is present. Needs root (or sudo) only when
# something is actually missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config git dpkg-dev file iproute2 libsqlite3-dev
  # Qt 6.4 (see shared/docs/QT64.md)
  qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtqml-models qml6-module-qtquick-dialogs qml6-module-qtcharts qml6-module-qttest
  # crypto, storage, reports, barcodes, spreadsheets
  libssl-dev openssl sqlite3 postgresql libpq-dev poppler-utils libzint-dev zlib1g-dev zbar-tools unzip
  # headless UI and HTTPS checks
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core curl
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: missing packages (${missing[*]}) and not root; run as root." >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"

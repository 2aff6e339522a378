#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Waypoint needs to build, run and test, skipping the
# ones already present. Usage: scripts/system-deps.sh run|test
set -euo pipefail

run_pkgs=(
  build-essential pkg-config curl ca-certificates perl make
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libsoup-3.0-dev libssl-dev
  gnome-keyring libsecret-tools dbus-x11
  fontconfig fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji
)
test_pkgs=(
  xvfb xauth x11-utils webkit2gtk-driver sqlite3 python3-venv
  libreoffice-impress poppler-utils fonts-dejavu-core
)
case "${1:-run}" in
  run) want=("${run_pkgs[@]}") ;;
  test) want=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "missing packages: ${missing[*]}; this script knows apt-get only (see README for macOS/Windows)" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

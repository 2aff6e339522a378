#!/usr/bin/env bash
# End-to-end test of the real, built Waypoint app:
#   Xvfb (free display) -> tauri-driver -> WebKitWebDriver -> the app, driven by Selenium (pytest).
#
# Env in:  WAYPOINT_APP_BIN   path of the built app binary (e.g. $CARGO_TARGET_DIR/debug/waypoint-app)
#          E2E_TESTS          what pytest runs (default: every test_*.py here; the app
#                             benchmark passes bench_app.py)
#          E2E_OUT            output dir (default target/e2e): screenshots of every main screen, logs
#          WAYPOINT_CACHE     tool cache (default ~/.cache/waypoint): tauri-driver, Python venv
# Each test starts the app on its own workspace file (`--workspace`); no passphrase is given in
# the environment and no keyring answers, so the app asks for one like it does on first use.
# Needs (apt): xvfb webkit2gtk-driver python3-venv, plus the Tauri build packages.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${WAYPOINT_APP_BIN:?set WAYPOINT_APP_BIN to the built app binary}"
cache="${WAYPOINT_CACHE:-$HOME/.cache/waypoint}"
out="${E2E_OUT:-target/e2e}"
mkdir -p "$out" "$cache"
out="$(cd "$out" && pwd)"
WAYPOINT_APP_BIN="$(realpath "$WAYPOINT_APP_BIN")"
export WAYPOINT_APP_BIN
unset WAYPOINT_PASSPHRASE WAYPOINT_WORKSPACE
export E2E_OUT="$out"

log() { printf 'e2e: %s\n' "$*" >&2; }
fail() { log "$*"; echo "e2e: 0 passed, 1 failed"; exit 1; }

[[ -x "$WAYPOINT_APP_BIN" ]] || fail "app binary not found: $WAYPOINT_APP_BIN"
for tool in Xvfb WebKitWebDriver xdpyinfo curl python3; do
  command -v "$tool" >/dev/null || fail "missing $tool (apt: xvfb x11-utils webkit2gtk-driver curl python3)"
done

# --- tools, cached between runs -------------------------------------------------------------
tools="$cache/tools"
driver_bin="$tools/bin/tauri-driver"
if [[ ! -x "$driver_bin" ]]; then
  log "installing tauri-driver into $tools (about 1.5 min, once)"
  timeout 1200 env -u CARGO_TARGET_DIR cargo install tauri-driver --version '^2' --locked \
    --root "$tools" >"$out/tauri-driver-install.log" 2>&1 \
    || fail "cargo install tauri-driver failed, see $out/tauri-driver-install.log"
fi

venv="$cache/e2e-venv"
req_hash="$(sha256sum "$here/requirements.txt" | cut -c1-16)"
if [[ ! -f "$venv/.req-$req_hash" ]]; then
  log "creating Python venv $venv"
  rm -rf "$venv"
  timeout 300 python3 -m venv "$venv" || fail "python3 -m venv failed (apt: python3-venv)"
  timeout 600 "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt" \
    || fail "pip install failed"
  touch "$venv/.req-$req_hash"
fi

# --- processes, always cleaned up ------------------------------------------------------------
xvfb_pid=""
driver_pid=""
workdir="$(mktemp -d)"
cleanup() {
  # Each was started with setsid, so its process group holds its children (WebKitWebDriver, the app).
  for pid in "$driver_pid" "$xvfb_pid"; do
    [[ -n "$pid" ]] || continue
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "$driver_pid" "$xvfb_pid"; do
    [[ -n "$pid" ]] || continue
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Xvfb picks a free display itself and writes its number to the given fd.
setsid Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$workdir/display" \
  >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do
  [[ -s "$workdir/display" ]] && break
  kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb exited, see $out/xvfb.log"
  sleep 0.1
done
[[ -s "$workdir/display" ]] || fail "Xvfb gave no display within 10 s"
export DISPLAY=":$(tr -d '[:space:]' <"$workdir/display")"
timeout 10 bash -c 'until xdpyinfo >/dev/null 2>&1; do sleep 0.1; done' || fail "display $DISPLAY not answering"
log "Xvfb on $DISPLAY"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"
native_port="$(free_port)"
while [[ "$native_port" == "$port" ]]; do native_port="$(free_port)"; done

# The webview keeps its local storage (the language and theme chosen) under XDG_DATA_HOME: a
# fresh folder per run, so no earlier run's (or the developer's own) choice leaks into this one.
export XDG_DATA_HOME="$workdir/data"
mkdir -p "$XDG_DATA_HOME"
setsid "$driver_bin" --port "$port" --native-port "$native_port" >"$out/tauri-driver.log" 2>&1 &
driver_pid=$!
export E2E_DRIVER_URL="http://127.0.0.1:$port"
ready=""
for _ in $(seq 1 150); do
  if curl -sf --max-time 1 "$E2E_DRIVER_URL/status" 2>/dev/null | grep -q '"ready":[[:space:]]*true'; then
    ready=1; break
  fi
  kill -0 "$driver_pid" 2>/dev/null || fail "tauri-driver exited, see $out/tauri-driver.log"
  sleep 0.2
done
[[ -n "$ready" ]] || fail "tauri-driver not ready within 30 s, see $out/tauri-driver.log"
log "tauri-driver ready on port $port"

# pytest prints the summary line ("N passed in Xs"); its exit code is ours.
set +e
timeout --kill-after=10 900 "$venv/bin/python" -m pytest -p no:cacheprovider -s -v \
  --junitxml="$out/junit.xml" ${E2E_TESTS:-"$here"}
status=$?
set -e
if [[ $status -eq 124 || $status -eq 137 ]]; then
  fail "pytest timed out after 900 s"
fi
log "screenshots: $(cd "$out" && ls -- *.png 2>/dev/null | tr '\n' ' ')"
exit "$status"

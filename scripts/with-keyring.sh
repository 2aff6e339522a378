#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so tests
# exercise the real Secret Service. Usage: scripts/with-keyring.sh CMD...
set -euo pipefail
if [ "${WAYPOINT_IN_KEYRING_SESSION:-}" = 1 ]; then
  exec "$@"
fi
export WAYPOINT_IN_KEYRING_SESSION=1
exec dbus-run-session -- bash -c '
  # gnome-keyring needs a non-empty password to create and unlock the login collection.
  eval "$(printf "waypoint-test" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL
  export WAYPOINT_TEST_KEYRING=1
  exec "$@"
' bash "$@"

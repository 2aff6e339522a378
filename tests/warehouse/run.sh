#!/usr/bin/env bash
# The warehouse path end to end: docs/IMPORT.md's DuckDB query turns the demo's raw events
# into usage rollups (a folder of Parquet parts, as a warehouse writes them), and a workspace
# loaded from them analyses exactly like the one loaded from the raw events.
#
# Env in: WAYPOINT (the CLI), OUT (a fresh directory), VENV (python venv with requirements.txt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${WAYPOINT:?}" "${OUT:?}" "${VENV:?}"
export WAYPOINT_PASSPHRASE=warehouse-e2e WAYPOINT_LANG=en
"$VENV/bin/python" "$here/check_rollups_sql.py" --waypoint "$WAYPOINT" --out "$OUT" --docs "$here/../../docs/IMPORT.md"

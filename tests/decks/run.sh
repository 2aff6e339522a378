#!/usr/bin/env bash
# QBR decks end to end: accounts with hostile names join a demo workspace, every paying
# account gets its Q3 2026 deck as PPTX and PDF, and check_decks.py opens them with
# python-pptx, LibreOffice and poppler.
#
# Env in: WAYPOINT (the CLI), OUT (a fresh directory), VENV (python venv with requirements.txt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${WAYPOINT:?}" "${OUT:?}" "${VENV:?}"
export WAYPOINT_PASSPHRASE=decks-e2e
w="$OUT/decks.waypoint"
"$WAYPOINT" --workspace "$w" init --passphrase >/dev/null
"$WAYPOINT" --workspace "$w" demo --accounts 12 --months 9 >/dev/null
long="$(printf 'L%.0s' $(seq 1 500))"
cat > "$OUT/accounts.csv" <<CSV
account_id,name,industry,region,employees,owner,lifecycle_stage,created_at
HOSTILE-1,"<script>alert('x')</script> & ""Quotes"" 🚀 数据 مراقبة",,,,,,
HOSTILE-2,$long,,,,,,
CSV
cat > "$OUT/subscriptions.csv" <<CSV
account_id,subscription_id,plan,mrr,currency,start_date,end_date
HOSTILE-1,HS-1,Pro,900,USD,2025-06-01,
HOSTILE-2,HS-2,Pro,400,USD,2026-08-15,
CSV
"$WAYPOINT" --workspace "$w" import accounts "$OUT/accounts.csv" >/dev/null
"$WAYPOINT" --workspace "$w" import subscriptions "$OUT/subscriptions.csv" >/dev/null
mkdir -p "$OUT/portfolio"
"$WAYPOINT" --workspace "$w" deck qbr --all --quarter 2026-Q3 --out-dir "$OUT/qbr" --format pptx,pdf
"$WAYPOINT" --workspace "$w" deck portfolio --quarter 2026-Q3 --out "$OUT/portfolio/portfolio-2026-Q3.pptx"
"$WAYPOINT" --workspace "$w" deck portfolio --quarter 2026-Q3 --out "$OUT/portfolio/portfolio-2026-Q3.pdf"
"$VENV/bin/python" "$here/check_decks.py" "$OUT/portfolio" --slides 8
mkdir -p "$OUT/branded"
"$WAYPOINT" --workspace "$w" chart segments --out "$OUT/logo.png" >/dev/null
printf '{"company": "Acme <Analytics> & Co", "accent": "#009E73", "logo": "logo.png"}' > "$OUT/brand.json"
for f in pptx pdf; do
  "$WAYPOINT" --workspace "$w" deck qbr --account HOSTILE-1 --quarter 2026-Q3 --brand "$OUT/brand.json" --out "$OUT/branded/HOSTILE-1-2026-Q3.$f"
done
"$VENV/bin/python" "$here/check_decks.py" "$OUT/branded" --slides 12
mkdir -p "$OUT/brief"
cat > "$OUT/prospect.json" <<JSON
{"name": "Prospect <b>&</b> \"Co\" 🚀", "employees": 400, "modules": ["monitoring"], "expected_mrr": 1500}
JSON
"$WAYPOINT" --workspace "$w" brief --profile "$OUT/prospect.json" --out "$OUT/brief/brief.pptx"
"$WAYPOINT" --workspace "$w" brief --profile "$OUT/prospect.json" --out "$OUT/brief/brief.pdf"
"$VENV/bin/python" "$here/check_decks.py" "$OUT/brief" --slides 7
"$VENV/bin/python" "$here/check_decks.py" "$OUT/qbr" --slides 12 \
  --expect-name "HOSTILE-1=<script>alert('x')</script> & \"Quotes\" 🚀 数据 مراقبة" \
  --expect-name "HOSTILE-2=$long"

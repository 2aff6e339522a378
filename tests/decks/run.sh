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
# English unless a step asks for another language (the CLI would otherwise follow the OS).
export WAYPOINT_LANG=en
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

# Books in every script: each account's QBR PDF gives its name back through pdftotext, in
# embedded subset fonts; the PPTX names Latin, East Asian and complex-script typefaces, and
# LibreOffice draws the names too.
mkdir -p "$OUT/scripts"
cat > "$OUT/intl-accounts.csv" <<CSV
account_id,name,industry,region,employees,owner,lifecycle_stage,created_at
INTL-ZH,星河数据科技有限公司,,,,王芳,,
INTL-FR,Société Générale d'Études,,,,Élodie Lefèvre,,
INTL-AR,شركة المستقبل,,,,,,
INTL-HE,חברת הגליל,,,,,,
INTL-KO,한빛소프트 주식회사,,,,,,
INTL-JA,株式会社さくらテック,,,,,,
INTL-RU,ООО «Северный ветер»,,,,,,
CSV
{ echo "account_id,subscription_id,plan,mrr,currency,start_date,end_date"
  for a in ZH FR AR HE KO JA RU; do echo "INTL-$a,IS-$a,Pro,700,USD,2025-06-01,"; done; } > "$OUT/intl-subscriptions.csv"
cat > "$OUT/intl-nps.csv" <<CSV
response_id,account_id,contact_id,responded_at,score,comment
in-1,INTL-ZH,,2026-08-20,10,非常好用 🚀 团队很满意
CSV
"$WAYPOINT" --workspace "$w" import accounts "$OUT/intl-accounts.csv" >/dev/null
"$WAYPOINT" --workspace "$w" import subscriptions "$OUT/intl-subscriptions.csv" >/dev/null
"$WAYPOINT" --workspace "$w" import nps "$OUT/intl-nps.csv" >/dev/null
for a in ZH FR AR HE KO JA RU; do
  for f in pptx pdf; do
    "$WAYPOINT" --workspace "$w" deck qbr --account "INTL-$a" --quarter 2026-Q3 --out "$OUT/scripts/INTL-$a-2026-Q3.$f" >/dev/null
  done
done
"$VENV/bin/python" "$here/check_scripts.py" "$OUT/scripts" \
  --expect-name "INTL-ZH=星河数据科技有限公司" --expect-name "INTL-FR=Société Générale d'Études" \
  --expect-name "INTL-AR=شركة المستقبل" --expect-name "INTL-HE=חברת הגליל" \
  --expect-name "INTL-KO=한빛소프트 주식회사" --expect-name "INTL-JA=株式会社さくらテック" \
  --expect-name "INTL-RU=ООО «Северный ветер»" --expect-text "王芳" --expect-text "非常好用 🚀 团队很满意"

# The same QBR in Chinese and French (--lang): translated titles in the PPTX (python-pptx)
# and in the PDF's text (pdftotext), none left in English.
mkdir -p "$OUT/languages"
for l in zh-CN fr; do
  for f in pptx pdf; do
    "$WAYPOINT" --lang "$l" --workspace "$w" deck qbr --account INTL-FR --quarter 2026-Q3 --out "$OUT/languages/INTL-FR-$l.$f" >/dev/null
  done
done
"$VENV/bin/python" "$here/check_languages.py" "$OUT/languages" \
  --expect "zh-CN=Société Générale d'Études：季度业务回顾" --expect "zh-CN=2026年第三季度概览" --expect "zh-CN=附录：定义" \
  --expect "zh-CN=2026年第四季度计划与请求" \
  --expect "fr=Société Générale d'Études : revue trimestrielle" --expect "fr=T3 2026 en un coup d’œil" \
  --expect "fr=Annexe : définitions" --expect "fr=Plan pour le T4 2026 et demandes"

"""Runs docs/IMPORT.md's DuckDB export query on a demo book's raw events and checks that the
book imported from its Parquet output analyses like the book imported from the events."""

import argparse
import re
import subprocess
from pathlib import Path

import duckdb

KINDS = ["catalog", "accounts", "subscriptions", "contacts", "tickets", "nps", "milestones"]
ANALYSES = [
    ["metrics", "--json"],
    ["health", "--json"],
    ["alerts", "--json"],
    ["segments", "--by", "needs", "--json"],
    ["account", "ACC-0005", "--json"],
]


def waypoint(binary, workspace, *args):
    done = subprocess.run([binary, "--workspace", str(workspace), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"waypoint {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def documented_query(docs: Path) -> str:
    blocks = re.findall(r"```sql dialect=duckdb\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    if len(blocks) != 1:
        raise SystemExit(f"expected one DuckDB block in {docs}, found {len(blocks)}")
    return blocks[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--waypoint", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--docs", type=Path, required=True)
    a = ap.parse_args()
    files = a.out / "files"
    raw, rolled = a.out / "raw.waypoint", a.out / "rolled.waypoint"
    waypoint(a.waypoint, raw, "demo", "--accounts", "30", "--months", "13", "--keep-files", str(files))

    # The warehouse: the raw Segment events as a `tracks` table, the catalog as a table.
    db = duckdb.connect()
    db.execute(
        """CREATE TABLE tracks AS
           SELECT coalesce(context.groupId, properties.account_id) AS account_id,
                  coalesce(userId, anonymousId) AS user_id, event, properties.module AS module,
                  messageId AS message_id, "timestamp"
             FROM read_json(?, format = 'newline_delimited', columns = {
                  'type': 'VARCHAR', 'event': 'VARCHAR', 'userId': 'VARCHAR', 'anonymousId': 'VARCHAR',
                  'messageId': 'VARCHAR', 'timestamp': 'VARCHAR',
                  'context': 'STRUCT(groupId VARCHAR)', 'properties': 'STRUCT(module VARCHAR, account_id VARCHAR)'})
            WHERE coalesce(type, 'track') = 'track'""",
        [str(files / "events.jsonl")],
    )
    db.execute(
        "CREATE TABLE waypoint_catalog AS SELECT event, module, value_event FROM read_csv(?, header = true, "
        "columns = {'event': 'VARCHAR', 'module': 'VARCHAR', 'feature': 'VARCHAR', 'value_event': 'BOOLEAN'})",
        [str(files / "catalog.csv")],
    )
    export = a.out / "usage_rollups"
    query = documented_query(a.docs).replace("TO 'usage_rollups'", f"TO '{export}'")
    db.execute(query)
    parts = sorted(export.glob("*.parquet"))
    rows = db.execute(f"SELECT count(*), sum(events) FROM read_parquet('{export}/*.parquet')").fetchone()
    tracks = db.execute("SELECT count(DISTINCT message_id) FROM tracks").fetchone()[0]
    assert parts, f"the query wrote no Parquet into {export}"
    assert rows[1] == tracks, f"the export counts {rows[1]} events, the raw table {tracks}"

    waypoint(a.waypoint, rolled, "init", "--passphrase")
    for kind in KINDS:
        waypoint(a.waypoint, rolled, "import", kind, str(files / f"{kind}.csv"))
    report = waypoint(a.waypoint, rolled, "import", "usage-rollups", str(export), "--json")
    print(f"rollups: {rows[0]} rows in {len(parts)} part(s) for {tracks} events; import: {report.strip()}")
    for args in ANALYSES:
        got, want = waypoint(a.waypoint, rolled, *args), waypoint(a.waypoint, raw, *args)
        assert got == want, f"`waypoint {' '.join(args)}` differs between raw events and the documented rollups"
    print(f"warehouse: the documented DuckDB export analyses like the raw events ({len(ANALYSES)} analyses equal)")


if __name__ == "__main__":
    main()

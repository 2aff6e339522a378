-- Each account's first day with a value event, the start of its "time to value" and of the
-- value stage (docs/METRICS.md). Derived from the daily module rollup like the week rollups
-- (migration 0007): kept by every import in the transaction that writes the daily rows
-- (`store::rollups`), and rebuilt and compared by `waypoint doctor --rollups`.
--
-- Why kept rather than looked up: finding it in `usage_days` meant, on every read of the
-- book, one seek per account and a walk over its first days until one had a value event,
-- each on a page of the largest table to read and decrypt: 1.2 s of a 20,000-account book's
-- 2.7 s read. This table is read whole in a few milliseconds.
CREATE TABLE first_value_days (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
    day        TEXT NOT NULL  -- YYYY-MM-DD
);

INSERT INTO first_value_days
SELECT account_id, MIN(day) FROM usage_days WHERE value_events > 0 GROUP BY account_id;

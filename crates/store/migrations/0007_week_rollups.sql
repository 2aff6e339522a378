-- Week rollups the analysis reads instead of daily rows (issue 17): one row per account x
-- module x ISO week (Monday to Sunday) holding each day's counts, and one row per account x
-- user x ISO week holding the days that user was active (and had value events) as bits.
-- A book as of any day is assembled from them exactly: its 7-day buckets end on any weekday,
-- so the rollups keep days, packed seven to a row (the loader decodes a seventh of the rows).
-- Built here from usage_days and user_activity; from then on the event import adds to them in
-- its own transaction (crates/import/src/events/weeks.rs), and `waypoint doctor --rollups`
-- rebuilds them all from the daily rows and compares (crates/store/src/rollups.rs).

-- e0..e6: events on Monday..Sunday; v0..v6: value events.
CREATE TABLE usage_weeks (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    week       TEXT NOT NULL,                -- the Monday, YYYY-MM-DD
    module_id  INTEGER NOT NULL REFERENCES modules(id),
    e0 INTEGER NOT NULL, e1 INTEGER NOT NULL, e2 INTEGER NOT NULL, e3 INTEGER NOT NULL,
    e4 INTEGER NOT NULL, e5 INTEGER NOT NULL, e6 INTEGER NOT NULL,
    v0 INTEGER NOT NULL, v1 INTEGER NOT NULL, v2 INTEGER NOT NULL, v3 INTEGER NOT NULL,
    v4 INTEGER NOT NULL, v5 INTEGER NOT NULL, v6 INTEGER NOT NULL,
    PRIMARY KEY (account_id, week, module_id)
) WITHOUT ROWID;

-- Bit d (Monday = 0) of active_days: the user had an event that day; of value_days: a value event.
CREATE TABLE user_weeks (
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    week        TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    active_days INTEGER NOT NULL CHECK (active_days BETWEEN 1 AND 127),
    value_days  INTEGER NOT NULL CHECK (value_days BETWEEN 0 AND 127),
    PRIMARY KEY (account_id, week, user_id)
) WITHOUT ROWID;

INSERT INTO usage_weeks
SELECT account_id, date(day, '-6 days', 'weekday 1') AS week, module_id,
       SUM(events * (dow = 0)), SUM(events * (dow = 1)), SUM(events * (dow = 2)), SUM(events * (dow = 3)),
       SUM(events * (dow = 4)), SUM(events * (dow = 5)), SUM(events * (dow = 6)),
       SUM(value_events * (dow = 0)), SUM(value_events * (dow = 1)), SUM(value_events * (dow = 2)), SUM(value_events * (dow = 3)),
       SUM(value_events * (dow = 4)), SUM(value_events * (dow = 5)), SUM(value_events * (dow = 6))
  FROM (SELECT account_id, day, module_id, events, value_events, (CAST(strftime('%w', day) AS INTEGER) + 6) % 7 AS dow
          FROM usage_days)
 GROUP BY account_id, week, module_id;

INSERT INTO user_weeks
SELECT account_id, date(day, '-6 days', 'weekday 1') AS week, user_id, SUM(bit), SUM(bit * (v > 0))
  FROM (SELECT account_id, day, user_id, 1 << ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) AS bit, SUM(value_events) AS v
          FROM user_activity GROUP BY account_id, day, user_id)
 GROUP BY account_id, week, user_id;

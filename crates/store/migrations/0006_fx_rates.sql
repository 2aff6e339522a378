-- Exchange rates imported from FX files: how many units of `reporting` (the workspace's
-- reporting currency when the file was imported) one unit of `currency` was worth on `day`.
-- Revenue metrics convert each subscription at the mean of its currency's rates in the month
-- measured (docs/METRICS.md), reading only the rows stated against the current reporting
-- currency: after the reporting currency changes, rates against the old one are kept but
-- unused, and a missing rate says which to import. Keyed like the file, so a re-import of the
-- same file finds every row unchanged.
CREATE TABLE fx_rates (
    reporting TEXT NOT NULL,                -- ISO 4217
    currency  TEXT NOT NULL,                -- ISO 4217
    day       TEXT NOT NULL,                -- YYYY-MM-DD
    rate      REAL NOT NULL CHECK (rate > 0),
    PRIMARY KEY (reporting, currency, day)
) WITHOUT ROWID;

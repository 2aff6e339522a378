-- Rows of a usage-rollups import (issue 17: warehouse aggregates as Parquet) while it runs:
-- filled, merged into user_activity and emptied inside the import's one transaction, so it is
-- empty whenever no import is running. A table of the workspace rather than a TEMP table
-- because temporary tables live in memory here (temp_store = MEMORY, so that nothing
-- unencrypted reaches a temp file) and an export can hold tens of millions of rows.
-- Its key finds a row the import holds twice; `pos_*` say where each copy was, for the error.
CREATE TABLE usage_rollup_staging (
    account_id   INTEGER NOT NULL,
    day          TEXT NOT NULL,
    module_id    INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    events       INTEGER NOT NULL,
    value_events INTEGER NOT NULL,
    pos          INTEGER NOT NULL,   -- file index << 40 | row index within the file
    repeat_pos   INTEGER,            -- set when a second row with the same key arrives
    PRIMARY KEY (account_id, day, module_id, user_id)
) WITHOUT ROWID;

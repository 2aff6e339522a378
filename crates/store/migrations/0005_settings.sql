-- App settings (health scorecard, alert thresholds, deck branding...), one JSON document per
-- key. They live in the encrypted workspace, not in a file beside it, so they travel with its
-- backups and restores and are never readable without the key.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL CHECK (json_valid(value)),
    updated_at TEXT NOT NULL    -- RFC 3339 UTC
);

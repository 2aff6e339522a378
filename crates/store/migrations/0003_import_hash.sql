-- The import log fingerprints files with XXH3-128 (recognition, not security).
ALTER TABLE imports RENAME COLUMN sha256 TO content_hash;

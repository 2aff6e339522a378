-- The needs segments' last k-means fit (one row), so that opening a workspace assigns each
-- account to the kept segments instead of fitting again, and a CSM's segments stay put from
-- one day to the next until the book has moved (crates/segments/src/saved_fit.rs).
CREATE TABLE needs_fit (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    config    TEXT NOT NULL,  -- JSON: the needs settings it was fitted with
    model     TEXT NOT NULL,  -- JSON: k, seed, features, clusters (centroid mix and depth, names)
    labels    TEXT NOT NULL,  -- JSON: account external id -> index of its cluster at the fit
    fitted_on TEXT NOT NULL   -- the book's day
);

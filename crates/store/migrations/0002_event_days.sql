-- Days that have imported events, with their counts: lets an import skip the duplicate
-- look-up for days no earlier import touched (the common case for a time-ordered stream).
CREATE TABLE event_days (
    day     INTEGER PRIMARY KEY,   -- days since 1970-01-01
    events  INTEGER NOT NULL
);
INSERT INTO event_days(day, events) SELECT day, count(*) FROM event_ids GROUP BY day;

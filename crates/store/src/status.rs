use serde::Serialize;

use crate::{Error, Workspace};

/// Row counts per kind of data. `events` counts distinct imported events (after
/// deduplication by message id), not lines read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Status {
    pub accounts: u64,
    pub owners: u64,
    pub subscriptions: u64,
    pub contacts: u64,
    pub modules: u64,
    pub tickets: u64,
    pub nps_responses: u64,
    pub milestones: u64,
    pub events: u64,
    pub users: u64,
    pub usage_days: u64,
}

impl Workspace {
    pub async fn status(&self) -> Result<Status, Error> {
        // One statement, one read snapshot: counts agree with each other even during an import.
        // Events are summed from the per-day counts kept with them, not counted row by row
        // (a full scan of millions of message ids on every status call).
        let row: (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM owners),
                    (SELECT count(*) FROM subscriptions), (SELECT count(*) FROM contacts),
                    (SELECT count(*) FROM modules), (SELECT count(*) FROM tickets),
                    (SELECT count(*) FROM nps_responses), (SELECT count(*) FROM milestones),
                    (SELECT coalesce(sum(events), 0) FROM event_days), (SELECT count(*) FROM users),
                    (SELECT count(*) FROM usage_days)",
        )
        .fetch_one(self.pool())
        .await?;
        let n = |v: i64| v as u64;
        Ok(Status {
            accounts: n(row.0),
            owners: n(row.1),
            subscriptions: n(row.2),
            contacts: n(row.3),
            modules: n(row.4),
            tickets: n(row.5),
            nps_responses: n(row.6),
            milestones: n(row.7),
            events: n(row.8),
            users: n(row.9),
            usage_days: n(row.10),
        })
    }
}

//! Health snapshots: scores stored per account and day, so a score's trend can be shown
//! and compared later without recomputing history.

use serde::Serialize;

use crate::health::HealthScore;
use crate::Error;

/// Stores (or replaces) the scores of one day, all in one transaction.
pub async fn save(ws: &store::Workspace, scores: &[HealthScore]) -> Result<usize, Error> {
    let mut tx = ws.write().await?;
    let mut stored = 0;
    // An account without a score (not enough data) has no snapshot: history shows scores.
    for h in scores {
        let Some(score) = h.score else { continue };
        let components = serde_json::to_string(&h.components).expect("components serialize");
        stored += sqlx::query(
            "INSERT INTO health_snapshots(account_id, day, score, band, components)
             SELECT id, ?2, ?3, ?4, ?5 FROM accounts WHERE external_id = ?1
             ON CONFLICT(account_id, day) DO UPDATE SET score = excluded.score, band = excluded.band,
                 components = excluded.components",
        )
        .bind(&h.account_id)
        .bind(&h.day)
        .bind(i64::from(score))
        .bind(h.band.as_str())
        .bind(components)
        .execute(&mut *tx)
        .await?
        .rows_affected() as usize;
    }
    tx.commit().await?;
    Ok(stored)
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct HealthPoint {
    pub day: String,
    pub score: u8,
    pub band: String,
}

/// Stored scores of one account, oldest first.
pub async fn history(ws: &store::Workspace, account: &str) -> Result<Vec<HealthPoint>, Error> {
    let rows: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT h.day, h.score, h.band FROM health_snapshots h JOIN accounts a ON a.id = h.account_id
          WHERE a.external_id = ?1 ORDER BY h.day",
    )
    .bind(account)
    .fetch_all(ws.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(day, score, band)| HealthPoint { day, score: score.clamp(0, 100) as u8, band })
        .collect())
}

//! Success-plan milestones as the CSM moves them: completing one records the day it was done,
//! reopening clears it. Milestones are keyed by their id in the import file, so an edit made in
//! the app and a later re-import speak of the same row.

use chrono::NaiveDate;

use crate::Error;

/// Marks a milestone done on `day`. Completing an already completed milestone keeps its
/// first completion day: the record of when it happened does not move.
pub async fn complete_milestone(ws: &store::Workspace, id: &str, day: NaiveDate) -> Result<String, Error> {
    set(ws, id, Some(day)).await
}

/// Marks a milestone open again (completed by mistake).
pub async fn reopen_milestone(ws: &store::Workspace, id: &str) -> Result<String, Error> {
    set(ws, id, None).await
}

/// Returns the external id of the milestone's account: the one account whose analysis changed.
async fn set(ws: &store::Workspace, id: &str, day: Option<NaiveDate>) -> Result<String, Error> {
    let query = match day {
        Some(day) => sqlx::query_scalar(
            "UPDATE milestones SET completed_at = COALESCE(completed_at, ?) WHERE external_id = ?
             RETURNING (SELECT external_id FROM accounts WHERE accounts.id = milestones.account_id)",
        )
        .bind(day.to_string()),
        None => sqlx::query_scalar(
            "UPDATE milestones SET completed_at = NULL WHERE external_id = ?
             RETURNING (SELECT external_id FROM accounts WHERE accounts.id = milestones.account_id)",
        ),
    };
    query.bind(id).fetch_optional(ws.pool()).await?.ok_or_else(|| Error::UnknownMilestone(id.to_string()))
}

//! Success-plan milestones as the CSM moves them: completing one records the day it was done,
//! reopening clears it. Milestones are keyed by their id in the import file, so an edit made in
//! the app and a later re-import speak of the same row.

use chrono::NaiveDate;

use crate::Error;

/// Marks a milestone done on `day`. Completing an already completed milestone keeps its
/// first completion day: the record of when it happened does not move.
pub async fn complete_milestone(ws: &store::Workspace, id: &str, day: NaiveDate) -> Result<(), Error> {
    set(ws, id, Some(day)).await
}

/// Marks a milestone open again (completed by mistake).
pub async fn reopen_milestone(ws: &store::Workspace, id: &str) -> Result<(), Error> {
    set(ws, id, None).await
}

async fn set(ws: &store::Workspace, id: &str, day: Option<NaiveDate>) -> Result<(), Error> {
    let query = match day {
        Some(day) => sqlx::query("UPDATE milestones SET completed_at = COALESCE(completed_at, ?) WHERE external_id = ?").bind(day.to_string()),
        None => sqlx::query("UPDATE milestones SET completed_at = NULL WHERE external_id = ?"),
    };
    if query.bind(id).execute(ws.pool()).await?.rows_affected() == 0 {
        return Err(Error::UnknownMilestone(id.to_string()));
    }
    Ok(())
}

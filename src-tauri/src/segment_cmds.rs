//! The segments screen's commands: needs segments beside value tiers, membership lists, and
//! the rule builder's fields and live count. Each is a few lines over `views::segments_view`.

use tauri::State;

use crate::{AppError, AppState};
use views::segments_view::{self as sv, RuleCount, RuleField, SegmentMembers, SegmentsView};
use i18n::Lang;
use views::Theme;

#[tauri::command]
pub async fn segments(state: State<'_, AppState>, theme: Theme, lang: Lang) -> Result<SegmentsView, AppError> {
    Ok(sv::segments(&*state.session().await?, theme, lang).await?)
}

/// The needs segments fitted again on the whole book (the CSM asked, after accounts changed).
#[tauri::command]
pub async fn refit_segments(state: State<'_, AppState>, theme: Theme, lang: Lang) -> Result<SegmentsView, AppError> {
    Ok(sv::refit(&*state.session().await?, theme, lang).await?)
}

/// A needs segment or value tier by name (case ignored), or `rule:<expression>`.
#[tauri::command]
pub async fn segment_members(state: State<'_, AppState>, name: String, theme: Theme, lang: Lang) -> Result<SegmentMembers, AppError> {
    Ok(sv::segment_members(&*state.session().await?, &name, theme, lang).await?)
}

/// The fixed fields a rule can test (the book's own share.* and attributes.* fields come
/// with `segments`).
#[tauri::command]
pub fn rule_fields() -> Vec<RuleField> {
    sv::rule_fields()
}

/// How many accounts a rule selects, as the CSM types it. A bad rule fails with the
/// segments crate's code (`invalid_rule`, `unknown_field`, `type_mismatch`) and a message
/// ending in "at column N", which the rule builder puts a caret under.
#[tauri::command]
pub async fn rule_count(state: State<'_, AppState>, expr: String) -> Result<RuleCount, AppError> {
    let session = state.session().await?;
    sv::rule_count(&session, &expr).await.map_err(|e| AppError { code: e.code().to_owned(), message: sv::located_message(&expr, &e), text: e.text() })
}

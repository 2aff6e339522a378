//! Account 360: everything a CSM opens one account for, with its charts drawn in the app's
//! theme, and the writes made from that screen (milestones, touchpoints, tasks).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::chart::{self, Kind, Request, Target};
use crate::{Error, Session, Theme};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct AccountCharts {
    /// Weekly events per module over the last year (from the customer start when later).
    pub module_stack: String,
    pub users: String,
    pub health: String,
    pub milestones: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Account360 {
    pub as_of: String,
    /// The account's own currency when its subscriptions share one (its amounts are not
    /// converted), else the reporting currency.
    pub currency: Option<String>,
    pub profile: metrics::AccountProfile,
    pub needs_segment: Option<String>,
    pub value_tier: Option<String>,
    /// `needs_segment` and `value_tier` in the reader's language.
    pub needs_label: Option<i18n::Text>,
    pub value_label: Option<i18n::Text>,
    pub charts: AccountCharts,
    /// Open tasks first (overdue, then by priority), then the last completed ones.
    pub tasks: Vec<playbooks::Task>,
    /// Newest first.
    pub touchpoints: Vec<playbooks::Touchpoint>,
}

pub async fn account(session: &Session, id: &str, theme: Theme, lang: i18n::Lang) -> Result<Account360, Error> {
    let s = session.snapshot().await?;
    let i = s.analysis.accounts.iter().position(|v| v.account_id == id).ok_or_else(|| Error::UnknownAccount(id.to_string()))?;
    let ws = session.workspace();
    let draw = async |kind: Kind| -> Result<String, Error> {
        let r = Request { kind, target: Target::Account(id.to_string()), from: None, mix: false, by: None, lang };
        chart::build(ws, &r, session.config(), s.as_of).await?.svg(theme.into(), lang)
    };
    let filter = playbooks::Filter { account: Some(id.to_string()), all: true, ..Default::default() };
    // Independent reads of one account: run together (the pool has a connection for each
    // few), so opening an account costs the slowest of them, not their sum.
    let (profile, module_stack, users, health, milestones, tasks, mut touchpoints) = tokio::try_join!(
        async { Ok::<_, Error>(metrics::profile(ws, id, s.as_of, &session.config().metrics).await?) },
        draw(Kind::ModuleStack),
        draw(Kind::Users),
        draw(Kind::Health),
        draw(Kind::Milestones),
        async { Ok::<_, Error>(playbooks::tasks::list(ws, &filter, s.as_of).await?) },
        async { Ok::<_, Error>(playbooks::tasks::touchpoints(ws, id).await?) },
    )?;
    let charts = AccountCharts { module_stack, users, health, milestones };
    touchpoints.sort_by(|a, b| b.day.cmp(&a.day));
    Ok(Account360 {
        as_of: s.as_of.to_string(),
        currency: profile.currency.clone(),
        profile,
        needs_segment: s.needs.get(i).cloned(),
        value_tier: s.value.get(i).cloned(),
        needs_label: s.needs.get(i).map(|n| segments::label(n)),
        value_label: s.value.get(i).map(|n| segments::label(n)),
        charts,
        tasks,
        touchpoints,
    })
}

/// A touchpoint as the app's form sends it; the day defaults to the book's as-of day.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
pub struct NewTouchpoint {
    pub account_id: String,
    /// call, email, meeting, qbr or note.
    pub kind: String,
    pub day: Option<String>,
    pub owner: Option<String>,
    pub summary: String,
}

async fn today(session: &Session) -> Result<NaiveDate, Error> {
    Ok(session.snapshot().await?.as_of)
}

fn day_of(s: &str) -> Result<NaiveDate, Error> {
    Ok(domain::Day::parse(s).map_err(|e| Error::Refused(i18n::Text::new("error-views-field").arg("field", i18n::Arg::Str("day".into())).arg("reason", i18n::Arg::Text(Box::new(e.text())))))?.0)
}

/// Completes a milestone on the book's as-of day (the app's "today").
pub async fn complete_milestone(session: &Session, id: &str) -> Result<(), Error> {
    let day = today(session).await?;
    let account = playbooks::plans::complete_milestone(session.workspace(), id, day).await?;
    session.changed_accounts(vec![account]).await;
    Ok(())
}

pub async fn reopen_milestone(session: &Session, id: &str) -> Result<(), Error> {
    let account = playbooks::plans::reopen_milestone(session.workspace(), id).await?;
    session.changed_accounts(vec![account]).await;
    Ok(())
}

pub async fn complete_task(session: &Session, id: i64) -> Result<(), Error> {
    let day = today(session).await?;
    // Tasks are read fresh by every view; the snapshot's analysis does not hold them.
    playbooks::tasks::complete(session.workspace(), id, day).await?;
    Ok(())
}

pub async fn log_touchpoint(session: &Session, t: NewTouchpoint) -> Result<i64, Error> {
    let day = match t.day.as_deref() {
        Some(d) if !d.trim().is_empty() => day_of(d)?,
        _ => today(session).await?,
    };
    if t.summary.trim().is_empty() {
        return Err(Error::refused("error-views-touchpoint-summary"));
    }
    let tp = playbooks::Touchpoint { account_id: t.account_id, kind: t.kind, day: day.to_string(), owner: t.owner, summary: t.summary };
    Ok(playbooks::tasks::log_touchpoint(session.workspace(), &tp).await?)
}

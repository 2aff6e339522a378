use std::collections::HashMap;
use std::path::Path;

use domain::{Day, Money};
use i18n::{Arg, Text};

use crate::catalog::{module_key, ModuleIds};
use crate::records::{account, account_ids, finish, tally};
use crate::source::CsvFile;
use crate::{Error, ImportKind, ImportOptions, ImportReport};

/// A period row of a subscription, as read, for the overlap check.
struct Period {
    start: Day,
    end: Option<Day>,
    line: u64,
}

/// Imports subscription periods. A row is a period `[start_date, end_date)`; a price change
/// is the old row ending and a new one starting, so rows of one subscription must not
/// overlap (overlaps would count MRR twice).
pub(crate) async fn import(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let mut csv = CsvFile::open_kind(path, ImportKind::Subscriptions, opts)?;
    let mut report = ImportReport::by_account("subscriptions", path);
    let mut tx = ws.write().await?;
    let accounts = account_ids(&mut tx).await?;
    let mut modules = ModuleIds::default();
    let mut periods: HashMap<String, (i64, Vec<Period>)> = HashMap::new();
    while let Some(row) = csv.next()? {
        report.rows += 1;
        let account = account(&row, &accounts)?;
        let sub = row.req("subscription_id")?;
        let plan = row.req("plan")?;
        let mrr = row.req_with("mrr", Money::parse)?;
        if mrr.minor() < 0 {
            return Err(row.err("mrr", Text::new("error-import-negative")));
        }
        let currency = row.req_with("currency", domain::Currency::parse)?;
        let start = row.req_with("start_date", Day::parse)?;
        let end = row.opt_with("end_date", Day::parse)?;
        if let Some(e) = end.filter(|e| *e <= start) {
            return Err(row.err(
                "end_date",
                Text::new("error-import-end-not-after-start").arg("end", Arg::Str(e.to_string())).arg("start", Arg::Str(start.to_string())),
            ));
        }
        let entry = periods.entry(sub.to_string()).or_insert((account, Vec::new()));
        if entry.0 != account {
            return Err(row.err("account_id", Text::new("error-import-subscription-other-account").arg("subscription", Arg::Str(sub.to_string()))));
        }
        for p in &entry.1 {
            if p.start < end.unwrap_or(Day(chrono::NaiveDate::MAX)) && start < p.end.unwrap_or(Day(chrono::NaiveDate::MAX)) {
                return Err(row.err(
                    "start_date",
                    Text::new("error-import-period-overlap").arg("line", Arg::Int(p.line as i64)).arg("subscription", Arg::Str(sub.to_string())),
                ));
            }
        }
        entry.1.push(Period { start, end, line: row.line });

        let mut licensed = Vec::new();
        for m in row.opt("modules").unwrap_or("").split(';').map(str::trim).filter(|m| !m.is_empty()) {
            let key = module_key(m).map_err(|e| row.err("modules", e))?;
            licensed.push(modules.id(&mut tx, &key).await?);
        }
        licensed.sort_unstable();
        licensed.dedup();

        let existing: Option<i64> = sqlx::query_scalar("SELECT account_id FROM subscriptions WHERE external_id = ? AND start_day = ?")
            .bind(sub)
            .bind(start.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        let mut affected = sqlx::query(
            "INSERT INTO subscriptions(account_id, external_id, plan, mrr_minor, currency, start_day, end_day, attributes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT(external_id, start_day) DO UPDATE SET account_id = ?1, plan = ?3, mrr_minor = ?4,
                 currency = ?5, end_day = ?7, attributes = ?8
             WHERE (account_id, plan, mrr_minor, currency, end_day, attributes) IS NOT (?1, ?3, ?4, ?5, ?7, ?8)",
        )
        .bind(account)
        .bind(sub)
        .bind(plan)
        .bind(mrr.minor())
        .bind(currency.as_str())
        .bind(start.to_string())
        .bind(end.map(|e| e.to_string()))
        .bind(row.extras_json())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let id: i64 = sqlx::query_scalar("SELECT id FROM subscriptions WHERE external_id = ? AND start_day = ?")
            .bind(sub)
            .bind(start.to_string())
            .fetch_one(&mut *tx)
            .await?;
        let current: Vec<i64> =
            sqlx::query_scalar("SELECT module_id FROM subscription_modules WHERE subscription_id = ? ORDER BY module_id")
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
        if current != licensed {
            sqlx::query("DELETE FROM subscription_modules WHERE subscription_id = ?").bind(id).execute(&mut *tx).await?;
            for m in &licensed {
                sqlx::query("INSERT INTO subscription_modules(subscription_id, module_id) VALUES (?, ?)")
                    .bind(id)
                    .bind(m)
                    .execute(&mut *tx)
                    .await?;
            }
            affected += 1;
        }
        tally(&mut report, existing.is_some(), affected);
        report.touch(account, existing, affected);
    }
    // Periods already in the workspace (from earlier files) must not overlap the new ones.
    let clash: Option<(String, String)> = sqlx::query_as(
        "SELECT a.external_id, b.start_day FROM subscriptions a JOIN subscriptions b
           ON a.external_id = b.external_id AND a.id < b.id
          AND a.start_day < coalesce(b.end_day, '9999-12-31') AND b.start_day < coalesce(a.end_day, '9999-12-31')
         LIMIT 1",
    )
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((sub, start)) = clash {
        let line = periods.get(&sub).and_then(|(_, ps)| ps.first()).map(|p| p.line).unwrap_or(1);
        return Err(Error::row(
            path,
            line,
            csv.label("start_date"),
            Text::new("error-import-period-overlap-stored").arg("subscription", Arg::Str(sub.clone())).arg("start", Arg::Str(start.to_string())),
        ));
    }
    finish(tx, csv, report, opts).await
}

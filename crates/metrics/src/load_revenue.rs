//! The revenue part of a book: subscription periods, the currency the metrics report in, and
//! the exchange rates to it.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::book::Subscription;
use crate::dates::parse_day;
use crate::fx::Fx;
use crate::load::{day_opt, day_str, in_key_order, scoped};
use crate::raw;
use crate::Error;

#[derive(Default)]
pub(crate) struct Revenue {
    pub currency: Option<String>,
    pub subscriptions: Vec<Subscription>,
    pub fx: Fx,
}

pub(crate) async fn load(
    ws: &store::Workspace,
    only: Option<&str>,
    as_of: NaiveDate,
    index: &HashMap<i64, usize>,
    module_index: &HashMap<i64, usize>,
) -> Result<Revenue, Error> {
    let pool = ws.pool();
    // Licensed modules first, so that each subscription takes its list as it is read.
    let mut by_sub = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT sm.subscription_id, sm.module_id
               FROM scope a CROSS JOIN subscriptions s ON s.account_id = a.id
               CROSS JOIN subscription_modules sm ON sm.subscription_id = s.id",
            whole: "SELECT subscription_id, module_id FROM subscription_modules WHERE ?1 IS NULL"
        ),
        &[only.into()],
        HashMap::<i64, Vec<usize>>::new(),
        |by_sub, row| {
            if let Some(&m) = module_index.get(&row.int(1)) {
                by_sub.entry(row.int(0)).or_default().push(m);
            }
            Ok(())
        },
    )
    .await?;
    let subs = raw::fold(
        pool,
        scoped!(
            only,
            "SELECT s.id, s.account_id, s.external_id, s.mrr_minor, s.currency, s.start_day, s.end_day
               FROM scope a CROSS JOIN subscriptions s ON s.account_id = a.id AND s.start_day <= ?2",
            whole: "SELECT id, account_id, external_id, mrr_minor, currency, start_day, end_day
                      FROM subscriptions WHERE ?1 IS NULL AND start_day <= ?2"
        ),
        &[only.into(), day_str(as_of).into()],
        Vec::new(),
        |subs, row| {
            let Some(&account) = index.get(&row.int(1)) else { return Ok(()) };
            let start = parse_day("subscriptions", "start_day", row.text(5).unwrap_or_default())?;
            subs.push(((account, start, row.int(0)), Subscription {
                account,
                external_id: row.text(2).unwrap_or_default().to_string(),
                mrr_cents: row.int(3),
                currency: Some(row.text(4).unwrap_or_default().to_string()),
                start,
                end: day_opt("subscriptions", "end_day", row.text(6).map(str::to_string))?,
                modules: by_sub.remove(&row.int(0)).unwrap_or_default(),
            }));
            Ok(())
        },
    )
    .await?;
    // By account, then start day, then id (the order a book's periods are read in).
    let subs: Vec<Subscription> = in_key_order(subs);
    let currency = reporting_currency(ws).await?;
    let foreign = subs.iter().any(|s| s.currency != currency);
    let fx = match &currency {
        Some(reporting) if foreign => rates(ws, reporting).await?,
        _ => Fx::default(),
    };
    Ok(Revenue { currency, subscriptions: subs, fx })
}

/// The workspace's reporting currency setting; without one, the currency every subscription
/// uses, so that a one-currency book reads as it always did and needs no FX file; none when
/// there are no subscriptions. Several currencies and no setting leave nothing to add them
/// up in: an error saying how to choose one.
async fn reporting_currency(ws: &store::Workspace) -> Result<Option<String>, Error> {
    if let Some(c) = ws.reporting_currency().await? {
        return Ok(Some(c.to_string()));
    }
    let mut all: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT currency FROM subscriptions ORDER BY currency").fetch_all(ws.pool()).await?;
    match all.len() {
        0 | 1 => Ok(all.pop()),
        _ => Err(Error::MixedCurrencies(all.join(", "))),
    }
}

/// The rates stated against `reporting` of the currencies subscriptions use, as monthly means.
async fn rates(ws: &store::Workspace, reporting: &str) -> Result<Fx, Error> {
    let rows: Vec<(String, String, f64)> = sqlx::query_as(
        "SELECT currency, day, rate FROM fx_rates
          WHERE reporting = ?1 AND currency IN (SELECT DISTINCT currency FROM subscriptions)",
    )
    .bind(reporting)
    .fetch_all(ws.pool())
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (currency, day, rate) in rows {
        out.push((currency, parse_day("fx_rates", "day", &day)?, rate));
    }
    Ok(Fx::from_rates(out))
}

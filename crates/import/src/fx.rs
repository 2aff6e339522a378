//! Exchange rates to the reporting currency (`date,currency,rate_to_reporting`), read by the
//! revenue metrics to add subscriptions priced in different currencies.

use std::collections::HashMap;
use std::path::Path;

use domain::{Currency, Day};

use crate::records::{finish, tally};
use crate::source::CsvFile;
use crate::{Error, ImportKind, ImportOptions, ImportReport};

/// Imports daily (or monthly, or any-day) rates. Rows are keyed by (date, currency) under the
/// workspace's current reporting currency; a row for the reporting currency itself must say
/// 1, since any other number would mean the file was stated against another currency.
pub(crate) async fn import(ws: &store::Workspace, path: &Path, opts: &ImportOptions) -> Result<ImportReport, Error> {
    let mut csv = CsvFile::open_kind(path, ImportKind::Fx, opts)?;
    let Some(reporting) = ws.reporting_currency().await? else {
        return Err(Error::File {
            file: path.into(),
            reason: i18n::Text::new("error-import-no-reporting-currency"),
        });
    };
    let mut report = ImportReport::new("fx", path);
    let mut tx = ws.write().await?;
    let mut seen: HashMap<(Day, Currency), u64> = HashMap::new();
    while let Some(row) = csv.next()? {
        report.rows += 1;
        let day = row.req_with("date", Day::parse)?;
        let currency = row.req_with("currency", Currency::parse)?;
        let rate = row.req_with("rate_to_reporting", domain::parse_rate)?;
        if currency == reporting && rate != 1.0 {
            return Err(row.err(
                "rate_to_reporting",
                i18n::Text::new("error-import-reporting-rate")
                    .arg("currency", i18n::Arg::Str(currency.to_string()))
                    .arg("got", i18n::Arg::Str(row.opt("rate_to_reporting").unwrap_or("").to_string())),
            ));
        }
        if let Some(first) = seen.insert((day, currency.clone()), row.line) {
            return Err(row.err(
                "date",
                i18n::Text::new("error-import-duplicate-rate")
                    .arg("currency", i18n::Arg::Str(currency.to_string()))
                    .arg("day", i18n::Arg::Str(day.to_string()))
                    .arg("line", i18n::Arg::Int(first as i64)),
            ));
        }
        let existed: Option<f64> =
            sqlx::query_scalar("SELECT rate FROM fx_rates WHERE reporting = ?1 AND currency = ?2 AND day = ?3")
                .bind(reporting.as_str())
                .bind(currency.as_str())
                .bind(day.to_string())
                .fetch_optional(&mut *tx)
                .await?;
        let affected = sqlx::query(
            "INSERT INTO fx_rates(reporting, currency, day, rate) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(reporting, currency, day) DO UPDATE SET rate = ?4 WHERE rate IS NOT ?4",
        )
        .bind(reporting.as_str())
        .bind(currency.as_str())
        .bind(day.to_string())
        .bind(rate)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tally(&mut report, existed.is_some(), affected);
    }
    finish(tx, csv, report, opts).await
}

use i18n::{Arg, Text};

/// What can go wrong computing metrics. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("unknown account {0:?}")]
    UnknownAccount(String),
    #[error(
        "subscriptions use more than one currency ({0}) and the workspace has no reporting currency \
         to add them up in: set one (waypoint settings --reporting-currency EUR) and import an FX file"
    )]
    MixedCurrencies(String),
    #[error("no FX rate for {currency} in {month}: import an FX file (waypoint import fx FILE) with a rate for every month")]
    MissingFxRate { currency: String, month: String },
    #[error("database error: {0}")]
    Raw(String),
    #[error("invalid scorecard: {}", .0.render(i18n::Lang::En))]
    Scorecard(Text),
    #[error("stored value {value:?} in {table}.{column} is not valid: {reason}")]
    Corrupt { table: &'static str, column: &'static str, value: String, reason: String },
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Store(e) => e.code(),
            Error::Db(_) | Error::Raw(_) => "db",
            Error::UnknownAccount(_) => "unknown_account",
            Error::MixedCurrencies(_) => "mixed_currencies",
            Error::MissingFxRate { .. } => "missing_fx_rate",
            Error::Scorecard(_) => "invalid_scorecard",
            Error::Corrupt { .. } => "corrupt_value",
        }
    }

    /// A reason only known in English (a JSON parser's words), placed as it is.
    pub(crate) fn detail(e: impl std::fmt::Display) -> Text {
        Text::new("error-detail").arg("detail", Arg::Str(e.to_string()))
    }

    /// The message in the reader's language (`error-metrics-…`, locales/*/errors.ftl).
    pub fn text(&self) -> Text {
        let s = |v: &str| Arg::Str(v.to_string());
        match self {
            Error::Store(e) => e.text(),
            Error::Db(e) => store::Error::db_text(e),
            Error::UnknownAccount(id) => store::Error::unknown_account_text(id),
            Error::MixedCurrencies(list) => Text::new("error-metrics-mixed-currencies").arg("currencies", s(list)),
            Error::MissingFxRate { currency, month } => {
                Text::new("error-metrics-missing-fx-rate").arg("currency", s(currency)).arg("month", s(month))
            }
            Error::Raw(d) => Text::new("error-db").arg("detail", s(d)),
            Error::Scorecard(r) => Text::new("error-metrics-scorecard").arg("reason", Arg::Text(Box::new(r.clone()))),
            Error::Corrupt { table, column, value, reason } => Text::new("error-metrics-corrupt")
                .arg("value", s(value))
                .arg("table", s(table))
                .arg("column", s(column))
                .arg("reason", s(reason)),
        }
    }
}

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
    #[error("invalid scorecard: {0}")]
    Scorecard(String),
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
}

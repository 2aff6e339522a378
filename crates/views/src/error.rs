use i18n::{Arg, Text};

/// What can go wrong building a view. `code()` is stable: the app's error shape carries it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error(transparent)]
    Metrics(#[from] metrics::Error),
    #[error(transparent)]
    Segments(#[from] segments::Error),
    #[error(transparent)]
    Retention(#[from] retention::Error),
    #[error(transparent)]
    Backtest(#[from] backtest::Error),
    #[error(transparent)]
    Playbooks(#[from] playbooks::Error),
    #[error(transparent)]
    Charts(#[from] charts::Error),
    #[error(transparent)]
    Import(#[from] import::Error),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("unknown account \"{0}\"")]
    UnknownAccount(String),
    /// A request that cannot be answered as asked (a period, a target, a setting).
    #[error("{0}")]
    Invalid(String),
    /// A request that cannot be answered as asked, stated in the reader's language.
    #[error("{}", .0.render(i18n::Lang::En))]
    Refused(Text),
    /// A job of this kind is already running.
    #[error("{}", .0.render(i18n::Lang::En))]
    Busy(Text),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Store(e) => e.code(),
            Error::Metrics(e) => e.code(),
            Error::Segments(e) => e.code(),
            Error::Retention(e) => e.code(),
            Error::Backtest(e) => e.code(),
            Error::Playbooks(e) => e.code(),
            Error::Charts(e) => e.code(),
            Error::Import(e) => e.code(),
            Error::Db(_) => "db",
            Error::UnknownAccount(_) => "unknown_account",
            Error::Invalid(_) | Error::Refused(_) => "invalid_request",
            Error::Busy(_) => "busy",
        }
    }

    /// A refused request stated by a message without arguments (`error-views-…`).
    pub(crate) fn refused(key: &'static str) -> Error {
        Error::Refused(Text::new(key))
    }

    /// A refused request whose one argument, `name`, is placed as it is.
    pub(crate) fn refused_with(key: &'static str, name: &'static str, value: impl std::fmt::Display) -> Error {
        Error::Refused(Text::new(key).arg(name, Arg::Str(value.to_string())))
    }

    /// A file or folder the system would not read or write, with the system's own words.
    pub(crate) fn io(path: &std::path::Path, e: impl std::fmt::Display) -> Error {
        Error::Refused(Text::new("error-io").arg("path", Arg::Str(path.display().to_string())).arg("detail", Arg::Str(e.to_string())))
    }

    /// The message in the reader's language, from the crate that failed.
    pub fn text(&self) -> Text {
        match self {
            Error::Store(e) => e.text(),
            Error::Metrics(e) => e.text(),
            Error::Segments(e) => e.text(),
            Error::Retention(e) => e.text(),
            Error::Backtest(e) => e.text(),
            Error::Playbooks(e) => e.text(),
            Error::Charts(e) => e.text(),
            Error::Import(e) => e.text(),
            Error::Db(e) => store::Error::db_text(e),
            Error::UnknownAccount(id) => store::Error::unknown_account_text(id),
            Error::Invalid(d) => Text::new("error-views-invalid").arg("detail", Arg::Str(d.clone())),
            Error::Refused(t) | Error::Busy(t) => t.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use i18n::Lang;

    /// One error of every kind the app can show, from every crate.
    fn every_error() -> Vec<Error> {
        let s = || "x".to_string();
        let p = || std::path::PathBuf::from("accounts.csv");
        let stores = || {
            vec![
                store::Error::WrongKey(p()),
                store::Error::NotAWorkspace(p()),
                store::Error::NotFound(p()),
                store::Error::AlreadyExists(p()),
                store::Error::NoKeySource { path: p(), detail: s() },
                store::Error::NoKeyInKeyring(p()),
                store::Error::Keyring(s()),
                store::Error::NoEncryption,
                store::Error::EmptyPassphrase,
                store::Error::NoDataDir,
                store::Error::UnknownAccount(s()),
                store::Error::Db(sqlx::Error::RowNotFound),
                store::Error::Corrupt(s()),
            ]
        };
        let mut all: Vec<Error> = stores().into_iter().map(Error::Store).collect();
        let reason = domain::ParseError::Integer(s()).text();
        all.extend(
            [
                import::Error::Row { file: p(), line: 3, field: s(), reason: reason.clone() },
                import::Error::Cell { file: p(), group: 1, row: 3, column: s(), reason: reason.clone() },
                import::Error::Header { file: p(), reason: reason.clone() },
                import::Error::File { file: p(), reason },
                import::Error::Io { file: p(), source: std::io::Error::other("disk") },
                import::Error::Cancelled { file: p() },
            ]
            .map(Error::Import),
        );
        all.extend(
            [
                metrics::Error::UnknownAccount(s()),
                metrics::Error::MixedCurrencies("EUR, USD".into()),
                metrics::Error::MissingFxRate { currency: "EUR".into(), month: "2026-09".into() },
                metrics::Error::Raw(s()),
                metrics::Error::Scorecard(Text::new("error-metrics-scorecard-bands")),
                metrics::Error::Corrupt { table: "t", column: "c", value: s(), reason: s() },
            ]
            .map(Error::Metrics),
        );
        let segments = || {
            vec![
                segments::Error::Rule { expr: "arr >".into(), column: 6, message: Text::new("error-rule-list") },
                segments::Error::UnknownField { expr: s(), field: s(), suggestion: None },
                segments::Error::TypeMismatch { expr: s(), field: s(), kind: "text", op: ">".into(), literal: "5".into() },
                segments::Error::Clustering(s()),
                segments::Error::UnknownSegment { name: s(), needs: s(), value: s() },
                segments::Error::Settings(i18n::Text::new("segments-tiers-none")),
            ]
        };
        all.extend(segments().into_iter().map(Error::Segments));
        all.extend(
            [
                retention::Error::Input(Text::new("error-retention-cohort-size")),
                retention::Error::Insufficient(Text::new("error-retention-no-churn")),
                retention::Error::Optimiser(s()),
            ]
                .map(Error::Retention),
        );
        all.extend(
            [
                playbooks::Error::Invalid { key: s(), message: Text::new("error-playbooks-name") },
                playbooks::Error::Settings(i18n::Text::new("segments-tiers-none")),
                playbooks::Error::UnknownAccount(s()),
                playbooks::Error::UnknownTask(7),
                playbooks::Error::UnknownMilestone(s()),
                playbooks::Error::UnknownOwner(s()),
            ]
            .map(Error::Playbooks),
        );
        all.extend([charts::Error::Draw(s()), charts::Error::Encode(s()), charts::Error::Data(s())].map(Error::Charts));
        all.extend([
            Error::Db(sqlx::Error::RowNotFound),
            Error::UnknownAccount(s()),
            Error::Invalid(s()),
            Error::Refused(Text::new("error-views-import-folder").arg("path", Arg::Str(s()))),
            Error::Busy(Text::new("error-views-busy-import")),
        ]);
        all
    }

    #[test]
    fn every_error_reads_in_every_language_and_its_english_is_the_display() {
        for e in every_error() {
            let text = e.text();
            for lang in Lang::ALL {
                assert!(i18n::catalog::has(lang, &text.key), "{lang:?} has no {} ({})", text.key, e.code());
                let shown = text.render(lang);
                assert!(!shown.contains("error-") && !shown.is_empty(), "{lang:?}: {shown:?} ({})", e.code());
            }
            assert_eq!(text.render(Lang::En), e.to_string(), "{}", e.code());
        }
    }

    #[test]
    fn a_wrapped_error_speaks_with_the_words_of_the_crate_that_failed() {
        let e = Error::Metrics(metrics::Error::MissingFxRate { currency: "EUR".into(), month: "2026-09".into() });
        assert_eq!(e.code(), "missing_fx_rate");
        assert_eq!(
            e.text().render(Lang::Fr),
            "aucun taux de change pour EUR en 2026-09\u{202f}: importez un fichier de taux (waypoint import fx FICHIER) avec un taux pour chaque mois"
        );
        assert_eq!(
            e.text().render(Lang::ZhCn),
            "缺少 EUR 在 2026-09 的汇率：请导入每个月都有汇率的汇率文件（waypoint import fx FILE）"
        );
    }
}

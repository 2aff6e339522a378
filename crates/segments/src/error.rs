use i18n::{Arg, Text};

/// What can go wrong segmenting. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rule expression that does not parse, with the 1-based column of the problem.
    #[error("{} at column {column} in `{expr}`", message.render(i18n::Lang::En))]
    Rule { expr: String, column: usize, message: Text },
    #[error("{}", self.text().render(i18n::Lang::En))]
    UnknownField { expr: String, field: String, suggestion: Option<String> },
    /// `kind` is the field's: `number` or `text`.
    #[error("{}", self.text().render(i18n::Lang::En))]
    TypeMismatch { expr: String, field: String, kind: &'static str, op: String, literal: String },
    #[error("clustering failed: {0}")]
    Clustering(String),
    #[error("no segment named '{name}'; needs segments: {needs}; value tiers: {value}; or give rule:\"<expression>\"")]
    UnknownSegment { name: String, needs: String, value: String },
    #[error("invalid segment settings: {}", .0.render(i18n::Lang::En))]
    Settings(Text),
    #[error(transparent)]
    Store(#[from] store::Error),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Rule { .. } => "invalid_rule",
            Error::UnknownField { .. } => "unknown_field",
            Error::TypeMismatch { .. } => "type_mismatch",
            Error::Clustering(_) => "clustering",
            Error::UnknownSegment { .. } => "unknown_segment",
            Error::Settings(_) => "invalid_settings",
            Error::Store(e) => e.code(),
            Error::Db(_) => "db",
        }
    }

    /// The message in the reader's language (`error-segments-…`, locales/*/errors.ftl).
    pub fn text(&self) -> Text {
        let s = |v: &str| Arg::Str(v.to_string());
        match self {
            Error::Rule { expr, column, message } => Text::new("error-segments-rule")
                .arg("message", Arg::Text(Box::new(message.clone())))
                .arg("column", Arg::Int(*column as i64))
                .arg("expr", s(expr)),
            Error::UnknownField { expr, field, suggestion: None } => Text::new("error-segments-unknown-field").arg("expr", s(expr)).arg("field", s(field)),
            Error::UnknownField { expr, field, suggestion: Some(best) } => Text::new("error-segments-unknown-field-suggest")
                .arg("expr", s(expr))
                .arg("field", s(field))
                .arg("suggestion", s(best)),
            Error::TypeMismatch { expr, field, kind, op, literal } => Text::new("error-segments-type-mismatch")
                .arg("expr", s(expr))
                .arg("field", s(field))
                .arg("kind", Arg::Term(format!("segments-fact-kind-{kind}")))
                .arg("op", s(op))
                .arg("literal", s(literal)),
            Error::Clustering(d) => Text::new("error-segments-clustering").arg("detail", s(d)),
            Error::UnknownSegment { name, needs, value } => {
                Text::new("error-segments-unknown-segment").arg("name", s(name)).arg("needs", s(needs)).arg("value", s(value))
            }
            Error::Settings(d) => Text::new("error-segments-settings").arg("detail", Arg::Text(Box::new(d.clone()))),
            Error::Store(e) => e.text(),
            Error::Db(e) => store::Error::db_text(e),
        }
    }
}

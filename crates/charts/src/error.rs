/// What can go wrong drawing a chart. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("drawing failed: {0}")]
    Draw(String),
    #[error("encoding the PNG failed: {0}")]
    Encode(String),
    #[error("invalid chart data: {0}")]
    Data(String),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Draw(_) => "chart_draw",
            Error::Encode(_) => "chart_encode",
            Error::Data(_) => "chart_data",
        }
    }

    /// The message in the reader's language (`error-charts-…`, locales/*/errors.ftl).
    pub fn text(&self) -> i18n::Text {
        let (key, detail) = match self {
            Error::Draw(d) => ("error-charts-draw", d),
            Error::Encode(d) => ("error-charts-encode", d),
            Error::Data(d) => ("error-charts-data", d),
        };
        i18n::Text::new(key).arg("detail", i18n::Arg::Str(detail.clone()))
    }
}

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
}

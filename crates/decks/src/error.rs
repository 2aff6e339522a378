/// What can go wrong making a deck. `code()` is stable for the UI and scripts.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file}: {field}: {why}")]
    Brand { file: String, field: String, why: String },
    #[error("writing the deck failed: {0}")]
    Write(String),
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Brand { .. } => "invalid_brand",
            Error::Write(_) => "deck_write",
        }
    }
}

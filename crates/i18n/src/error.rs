/// What can go wrong choosing a language.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A language tag Waypoint has no catalogue for.
    #[error("unsupported language {0:?}: choose en, zh-CN or fr")]
    UnsupportedLang(String),
}

impl Error {
    /// The stable code the UI and scripts switch on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::UnsupportedLang(_) => "unsupported_lang",
        }
    }
}

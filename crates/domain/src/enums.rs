//! Closed vocabularies of the domain. Each parses from the lowercase snake_case word used
//! in import files and the database, so a typo in a file is an error, not a new category.

use serde::{Deserialize, Serialize};

use crate::ParseError;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            const ALLOWED: &'static str = concat!($($word, " "),+);

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            pub fn parse(s: &str) -> Result<$name, ParseError> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $($word => Ok($name::$variant),)+
                    _ => Err(ParseError::Choice { allowed: Self::ALLOWED.trim_end(), got: s.to_string() }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// The part a contact plays at the customer; core users (sponsor, admins, champions)
    /// weigh most in health because their disengagement predicts churn.
    ContactRole { ExecutiveSponsor => "executive_sponsor", Admin => "admin", Champion => "champion", User => "user" }
}

vocabulary! {
    /// Who owes the next step of a success-plan milestone (joint accountability).
    OwnerSide { Customer => "customer", Vendor => "vendor" }
}

vocabulary! {
    /// Where an account stands in the customer lifecycle.
    LifecycleStage {
        Onboarding => "onboarding", Adoption => "adoption", Value => "value",
        Renewal => "renewal", AtRisk => "at_risk", Churned => "churned",
    }
}

vocabulary! {
    /// Support ticket priority.
    Priority { Low => "low", Normal => "normal", High => "high", Urgent => "urgent" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_and_typos_are_refused() {
        for r in ContactRole::ALL {
            assert_eq!(ContactRole::parse(r.as_str()).unwrap(), *r);
        }
        assert_eq!(OwnerSide::parse(" Vendor ").unwrap(), OwnerSide::Vendor);
        let e = LifecycleStage::parse("at risk").unwrap_err();
        assert!(e.to_string().contains("at_risk"), "{e}");
    }
}

//! The demo book in another language: the same portfolio with names, people, places, text and
//! currencies of the locale, so that every screen and deck can be seen the way a customer of
//! that market would see it.
//!
//! Localizing is a pass over the planned English portfolio that only relabels it, drawing from
//! its own random stream ([`Stream::Locale`]): every other stream draws exactly what it draws
//! for English, so one seed gives the same accounts, dates, usage and health patterns in every
//! locale, and the English files stay byte for byte what they were.

use std::collections::HashSet;

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use crate::accounts::Account;
use crate::case_studies::{self, Case};
use crate::rng::{self, Stream};
use crate::{Locale, names, names_fr, names_zh, people};

/// A display name and the ASCII stem of its web domain or e-mail address.
pub struct Named {
    pub name: String,
    pub slug: String,
}

/// Where a customer is: the region it is filed under, the currency it pays in and the suffix
/// of its web domain.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub region: &'static str,
    pub currency: &'static str,
    pub tld: &'static str,
}

/// The case studies' names in a locale: (name, domain stem or e-mail local part), and the
/// index of their place.
pub struct CaseText {
    pub timely: (&'static str, &'static str),
    pub stacking: (&'static str, &'static str),
    pub analyst: (&'static str, &'static str),
    pub champion: (&'static str, &'static str),
    pub home: usize,
}

/// The word lists of a locale.
pub trait Pools: Sync {
    /// Translations of [`names::INDUSTRIES`], in its order.
    fn industries(&self) -> &'static [&'static str; 8];
    /// The locale's CSMs, standing in for [`names::CSMS`] position by position.
    fn csms(&self) -> &'static [&'static str; 8];
    /// Region label, currency, domain suffix and weight (per cent) of the places customers are.
    fn places(&self) -> &'static [(&'static str, &'static str, &'static str, u32)];
    fn company(&self, r: &mut ChaCha8Rng, industry: usize, place: &Place) -> Named;
    fn person(&self, r: &mut ChaCha8Rng, place: &Place) -> Named;
    /// The `n`th fixed customer: name, industry index and place index.
    fn special(&self, n: usize) -> Option<(Named, usize, usize)>;
    fn cases(&self) -> CaseText;
}

fn pools(locale: Locale) -> Option<&'static dyn Pools> {
    match locale {
        Locale::En => None,
        Locale::ZhCn => Some(&names_zh::ZhCn),
        Locale::Fr => Some(&names_fr::Fr),
    }
}

/// The currency a locale's demo reports revenue in, when its book mixes currencies (English
/// is all USD and needs none).
pub fn reporting_currency(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => None,
        Locale::ZhCn => Some("CNY"),
        Locale::Fr => Some("EUR"),
    }
}

/// Every currency a locale's customers may pay in, the reporting one first.
pub fn currencies(locale: Locale) -> Vec<&'static str> {
    let Some(p) = pools(locale) else { return vec!["USD"] };
    let mut out: Vec<&'static str> = reporting_currency(locale).into_iter().collect();
    for &(_, c, _, _) in p.places() {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Names of the case studies' account and people in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseNames {
    /// Account of the timely-intervention case ([`crate::CASE_TIMELY_INTERVENTION`]).
    pub timely_intervention: &'static str,
    /// Account of the module-stacking case ([`crate::CASE_MODULE_STACKING`]).
    pub module_stacking: &'static str,
    pub departing_analyst: &'static str,
    pub new_champion: &'static str,
}

pub fn case_names(locale: Locale) -> CaseNames {
    match pools(locale) {
        None => CaseNames {
            timely_intervention: case_studies::CASE_TIMELY_INTERVENTION_NAME,
            module_stacking: case_studies::CASE_MODULE_STACKING_NAME,
            departing_analyst: case_studies::DEPARTING_ANALYST,
            new_champion: case_studies::NEW_CHAMPION,
        },
        Some(p) => {
            let c = p.cases();
            CaseNames {
                timely_intervention: c.timely.0,
                module_stacking: c.stacking.0,
                departing_analyst: c.analyst.0,
                new_champion: c.champion.0,
            }
        }
    }
}

fn place(p: &dyn Pools, i: usize) -> Place {
    let (region, currency, tld, _) = p.places()[i];
    Place { region, currency, tld }
}

fn draw_place(p: &dyn Pools, r: &mut ChaCha8Rng) -> Place {
    let total: u32 = p.places().iter().map(|x| x.3).sum();
    let mut x = r.random_range(0..total.max(1));
    for (i, &(_, _, _, w)) in p.places().iter().enumerate() {
        if x < w {
            return place(p, i);
        }
        x -= w;
    }
    place(p, 0)
}

/// Relabels the planned portfolio for `locale` (nothing to do for English).
pub fn localize(locale: Locale, seed: u64, accounts: &mut [Account]) {
    let Some(p) = pools(locale) else { return };
    let cases = p.cases();
    let mut used: HashSet<String> = [cases.timely.0, cases.stacking.0].into_iter().map(String::from).collect();
    let mut specials = 0;
    for a in accounts.iter_mut() {
        let mut r = rng::rng_for(seed, a.idx, Stream::Locale);
        let industry = names::INDUSTRIES.iter().position(|i| *i == a.industry).unwrap_or(0);
        let owner = names::CSMS.iter().position(|o| *o == a.owner).unwrap_or(0);
        let (named, industry, at) = match a.case {
            Some(c) => {
                let (name, slug) = if c == Case::TimelyIntervention { cases.timely } else { cases.stacking };
                (Named { name: name.into(), slug: slug.into() }, industry, place(p, cases.home))
            }
            None => match (a.idx % 37 == 20).then(|| p.special(specials)).flatten() {
                Some((named, industry, at)) if used.insert(named.name.clone()) => {
                    specials += 1;
                    (named, industry, place(p, at))
                }
                _ => {
                    let at = draw_place(p, &mut r);
                    (unique_company(p, &mut r, industry, &at, &mut used, a.idx), industry, at)
                }
            },
        };
        a.industry = p.industries()[industry];
        a.owner = p.csms()[owner];
        a.region_label = Some(at.region);
        a.currency = at.currency;
        a.name = named.name;
        a.domain = format!("{}.{}", named.slug, at.tld);

        let mut emails = HashSet::new();
        for u in a.users.iter_mut() {
            let person = if a.case == Some(Case::TimelyIntervention) && u.name == case_studies::DEPARTING_ANALYST {
                Named { name: cases.analyst.0.into(), slug: cases.analyst.1.into() }
            } else if u.new_champion {
                Named { name: cases.champion.0.into(), slug: cases.champion.1.into() }
            } else {
                p.person(&mut r, &at)
            };
            u.name = person.name;
            u.email = people::unique_email(&person.slug, &a.domain, &mut emails);
        }
    }
}

/// A company name no other account has: a few fresh draws, then the account number appended
/// (only books far larger than the word lists get there).
fn unique_company(p: &dyn Pools, r: &mut ChaCha8Rng, industry: usize, at: &Place, used: &mut HashSet<String>, idx: usize) -> Named {
    for _ in 0..60 {
        let named = p.company(r, industry, at);
        if used.insert(named.name.clone()) {
            return named;
        }
    }
    let named = p.company(r, industry, at);
    let name = format!("{} {}", named.name, idx + 1);
    used.insert(name.clone());
    Named { name, slug: format!("{}{}", named.slug, idx + 1) }
}

//! The reader's name of a segment. Needs segments are named by the engine from their module
//! mix ("Reporting-centric", "Full platform", "Billing + Reporting (deep use)") and that English
//! name is also their id: playbooks target it, rules compare with it, the CLI takes it. The
//! words around the module names are the engine's and are translated here; module names and
//! value-tier names are the user's own words and pass through.
//!
//! The id grammar is ours ([`crate::needs::name_mix`] and the depth tags of clusters that share
//! lead modules), so the label is read back from the id; rendering a label in English gives the
//! id back exactly (tested for every shape), which is what keeps the two from drifting apart.

use i18n::{Arg, Text};

use crate::needs::{FULL_PLATFORM, INACTIVE};
use crate::value::NO_ARR;

const CENTRIC: &str = "-centric";
const JOIN: &str = " + ";
const DEEP: &str = " (deep use)";
const LIGHT: &str = " (light use)";

/// The segment's name in the reader's language; unknown names are shown as they are.
pub fn label(name: &str) -> Text {
    if let Some(base) = name.strip_suffix(DEEP) {
        return Text::new("segment-deep").arg("name", Arg::Text(Box::new(mix(base))));
    }
    if let Some(base) = name.strip_suffix(LIGHT) {
        return Text::new("segment-light").arg("name", Arg::Text(Box::new(mix(base))));
    }
    if let Some((base, pct)) = depth_tag(name) {
        return Text::new("segment-depth").arg("name", Arg::Text(Box::new(mix(base)))).arg("depth", Arg::Percent(pct));
    }
    mix(name)
}

fn mix(name: &str) -> Text {
    match name {
        FULL_PLATFORM => Text::new("segment-full-platform"),
        INACTIVE => Text::new("segment-inactive"),
        NO_ARR => Text::new("segment-no-arr"),
        _ => match name.strip_suffix(CENTRIC) {
            Some(module) if !module.is_empty() => Text::new("segment-centric").arg("module", Arg::Str(module.into())),
            _ if name.contains(JOIN) => {
                Text::new("segment-mix").arg("modules", Arg::Str(name.split(JOIN).collect::<Vec<_>>().join(" + ")))
            }
            _ => Text::new("plain-text").arg("text", Arg::Str(name.into())),
        },
    }
}

/// `"<base> (depth 40%)"` → (base, 0.40).
fn depth_tag(name: &str) -> Option<(&str, f64)> {
    let rest = name.strip_suffix("%)")?;
    let at = rest.rfind(" (depth ")?;
    let pct: u32 = rest[at + " (depth ".len()..].parse().ok()?;
    Some((&name[..at], f64::from(pct) / 100.0))
}

/// Formats the depth tag [`label`] reads back.
pub(crate) fn depth_suffix(rank: usize, last: usize, depth: f64) -> String {
    match rank {
        0 => DEEP.to_string(),
        r if r == last => LIGHT.to_string(),
        _ => format!(" (depth {:.0}%)", depth * 100.0),
    }
}

/// Formats a lead-module name [`label`] reads back.
pub(crate) fn mix_name(lead: &[&str]) -> String {
    match lead {
        [] => INACTIVE.into(),
        [one] => format!("{one}{CENTRIC}"),
        many => many.join(JOIN),
    }
}

#[cfg(test)]
mod tests {
    use i18n::Lang;

    use super::*;

    #[test]
    fn english_label_is_the_id_for_every_shape() {
        for id in [
            "Full platform",
            "No recent activity",
            "No ARR",
            "Reporting-centric",
            "Billing + Reporting",
            "Billing + Reporting + Alerts",
            "Reporting-centric (deep use)",
            "Reporting-centric (light use)",
            "Full platform (depth 45%)",
            "Growth",
            "星河 模块-centric",
        ] {
            assert_eq!(label(id).render(Lang::En), id);
        }
    }

    #[test]
    fn engine_words_are_translated_and_module_names_kept() {
        assert_eq!(label("Reporting-centric").render(Lang::ZhCn), "以Reporting为主");
        assert_eq!(label("Reporting-centric (deep use)").render(Lang::Fr), "Centré sur Reporting (usage approfondi)");
        assert_eq!(label("Full platform (depth 45%)").render(Lang::Fr), "Plateforme complète (profondeur 45\u{a0}%)");
        assert_eq!(label("No recent activity").render(Lang::ZhCn), "近期无活动");
        assert_eq!(label("No ARR").render(Lang::Fr), "Sans ARR");
        assert_eq!(label("Billing + Reporting").render(Lang::ZhCn), "Billing + Reporting");
        assert_eq!(label("Growth").render(Lang::ZhCn), "Growth");
    }
}

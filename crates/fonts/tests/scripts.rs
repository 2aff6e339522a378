//! Every script of the books Waypoint is for, against the machine's fonts as `make test`
//! installs them (fonts-noto-cjk, fonts-noto-core, fonts-noto-color-emoji), and against the
//! bundled faces alone, which is what a bare machine draws.

use fonts::{Flavour, FontStack, Span, missing, shape, stack, wrap};

/// Names from the books of CS teams in China, Japan, Korea, France, the Gulf, Israel and
/// Eastern Europe, and an NPS comment with an emoji.
const NAMES: &[&str] = &[
    "星河数据科技有限公司",
    "Société Générale d'Études",
    "王芳",
    "株式会社さくらテック",
    "한빛소프트 주식회사",
    "شركة المستقبل",
    "חברת הגליל בע\"מ",
    "ООО «Северный ветер»",
    "Αθηναϊκή Τεχνική",
    "臺灣積體電路製造",
    "Great onboarding 🚀 thanks!",
];

fn family_of(text: &str, c: char) -> String {
    let s = stack();
    s.family(s.face_for(c, false, Flavour::of(text)).unwrap_or_else(|| panic!("no face for {c:?}")))
}

#[test]
fn every_name_is_covered_by_the_installed_fonts() {
    for name in NAMES {
        let m = missing(stack(), name);
        assert!(m.is_empty(), "{name}: {m}");
    }
}

#[test]
fn each_script_takes_the_face_its_readers_expect() {
    assert_eq!(family_of("星河数据", '星'), "Noto Sans CJK SC");
    // The same Han character in a Japanese name comes from the Japanese face.
    assert_eq!(family_of("株式会社さくら", '株'), "Noto Sans CJK JP");
    assert_eq!(family_of("한빛소프트", '한'), "Noto Sans CJK KR");
    assert_eq!(family_of("شركة", 'ش'), "Noto Sans Arabic");
    assert_eq!(family_of("חברת", 'ח'), "Noto Sans Hebrew");
    assert_eq!(family_of("🚀", '🚀'), "Noto Color Emoji");
    // Latin, Cyrillic and Greek stay in the bundled face, the same on every machine.
    for c in ['é', 'Ж', 'Ω', 'A'] {
        assert_eq!(stack().face_for(c, false, Flavour::Chinese), Some(stack().bundled(false)), "{c}");
    }
    assert_eq!(stack().face_for('A', true, Flavour::Chinese), Some(stack().bundled(true)));
}

#[test]
fn a_bare_machine_names_the_characters_and_the_package() {
    let bare = FontStack::new(false);
    let m = missing(&bare, "星河 Data 🚀 Société");
    assert_eq!(m.chars, vec!['星', '河', '🚀']);
    assert_eq!(m.packages, vec!["fonts-noto-cjk", "fonts-noto-color-emoji"]);
    let text = m.to_string();
    assert!(text.contains("星 (U+661F)") && text.contains("fonts-noto-cjk fonts-noto-color-emoji"), "{text}");
    // DejaVu has Latin, Cyrillic, Greek, Hebrew and Arabic: nothing to report.
    assert!(missing(&bare, "Société ООО Αθηναϊκή חברת شركة").is_empty());
}

#[test]
fn mixed_text_is_split_by_face_and_measured_by_the_shaper() {
    let line = shape(stack(), "Numi 星河数据", 10.0, false);
    let faces: Vec<String> = line.runs.iter().map(|r| stack().family(r.face.unwrap())).collect();
    assert_eq!(faces, vec!["DejaVu Sans", "Noto Sans CJK SC"], "{line:?}");
    assert_eq!(line.runs[1].text, "星河数据");
    // Noto Sans CJK draws Han on a full em: four characters at 10 pt are 40 pt.
    assert!((line.runs[1].width - 40.0).abs() < 1e-6, "{}", line.runs[1].width);
    // DejaVu Sans advances (hmtx, read with fontTools): "N" 1532, "u" 1298, "m" 1995,
    // "i" 569, space 651 units of 2048; no kerning pair among them.
    let latin = (1532.0 + 1298.0 + 1995.0 + 569.0 + 651.0) * 10.0 / 2048.0;
    assert!((line.runs[0].width - latin).abs() < 0.05, "{} vs {latin}", line.runs[0].width);
    assert!((line.width - latin - 40.0).abs() < 0.05);
}

#[test]
fn right_to_left_runs_come_in_visual_order() {
    let line = shape(stack(), "Account شركة المستقبل renewed", 10.0, false);
    let texts: Vec<(&str, bool)> = line.runs.iter().map(|r| (r.text.as_str(), r.rtl)).collect();
    // The Arabic words are one right-to-left run between the English ones.
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(!texts[0].1 && texts[1].1 && !texts[2].1, "{texts:?}");
    assert!(texts[1].0.contains("شركة") && texts[1].0.contains("المستقبل"));
    assert!(fonts::is_rtl("شركة المستقبل") && !fonts::is_rtl("Acme شركة"));
    // Shaping joins Arabic letters: the shaped width differs from the isolated forms' sum.
    let joined = fonts::width(stack(), "شركة", 10.0, false);
    let isolated: f64 = "شركة".chars().map(|c| fonts::width(stack(), &c.to_string(), 10.0, false)).sum();
    assert!((joined - isolated).abs() > 0.1, "{joined} vs {isolated}");
}

fn plain(text: &str) -> Vec<Span<()>> {
    vec![Span { text: text.to_string(), bold: false, style: () }]
}

#[test]
fn chinese_breaks_between_characters_and_never_before_a_full_stop() {
    // 10 pt Han is 10 pt wide: a 45 pt box holds four characters.
    let lines = wrap(stack(), &plain("星河数据科技有限公司。谢谢"), 10.0, 45.0);
    let texts: Vec<String> = lines.iter().map(|l| l.text()).collect();
    assert_eq!(texts.concat(), "星河数据科技有限公司。谢谢");
    assert!(lines.iter().all(|l| l.width <= 45.0 + 1e-6), "{texts:?}");
    assert!(texts.iter().all(|t| !t.starts_with('。')), "{texts:?}");
    assert_eq!(texts[0], "星河数据");
}

#[test]
fn latin_breaks_at_spaces_keeps_styles_and_splits_what_cannot_fit() {
    let spans = vec![
        Span { text: "Breadth ".to_string(), bold: true, style: 1 },
        Span { text: "four of six modules used this month".to_string(), bold: false, style: 2 },
    ];
    let max = fonts::width(stack(), "Breadth four of six", 12.0, false) + 5.0;
    let lines = wrap(stack(), &spans, 12.0, max);
    assert!(lines.len() >= 2);
    assert!(lines.iter().all(|l| l.width <= max + 1e-6));
    assert_eq!(lines[0].pieces[0].text, "Breadth ");
    assert!(lines[0].pieces[0].bold && lines[0].pieces[0].style == 1 && lines[0].pieces[0].x == 0.0);
    let words: Vec<String> = lines.iter().map(|l| l.text()).collect();
    assert_eq!(words.join(" "), "Breadth four of six modules used this month");
    let long = "N".repeat(300);
    let lines = wrap(stack(), &plain(&long), 12.0, 200.0);
    assert!(lines.len() > 5 && lines.iter().all(|l| l.width <= 200.0 + 1e-6));
    assert_eq!(lines.iter().map(|l| l.text()).collect::<String>(), long);
    // A newline always breaks; an empty text has no lines.
    assert_eq!(wrap(stack(), &plain("one\ntwo"), 12.0, 500.0).iter().map(|l| l.text()).collect::<Vec<_>>(), ["one", "two"]);
    assert!(wrap(stack(), &plain(""), 12.0, 100.0).is_empty());
}

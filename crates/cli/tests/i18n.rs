//! The CLI in French and Chinese: sentences from the catalogues, numbers, money and dates in
//! the language's formats (written out here by hand), tables aligned by display width, and
//! JSON that does not change with the language.

mod common;

use common::*;
use unicode_width::UnicodeWidthStr;

/// U+202F, the narrow no-break space French puts between thousands and before %, : and €.
const NNBSP: char = '\u{202f}';

/// Three accounts, 1,234 events in August 2026, and EUR subscriptions of 1,234.50 and
/// 100.00 a month for ACC-1 and ACC-2 since 2026-01-01.
fn book(dir: &std::path::Path) -> std::path::PathBuf {
    let ws = workspace_with_accounts(dir, 3);
    let subs = dir.join("subscriptions.csv");
    std::fs::write(
        &subs,
        "account_id,subscription_id,plan,mrr,currency,start_date,end_date,modules\n\
         ACC-1,s1,Scale,1234.50,EUR,2026-01-01,,\n\
         ACC-2,s2,Starter,100,EUR,2026-01-01,,\n",
    )
    .unwrap();
    let mut c = with_pass(&ws, "pw");
    c.args(["import", "subscriptions"]).arg(&subs);
    ok(c);
    let mut c = with_pass(&ws, "pw");
    c.args(["import", "events"]).arg(events_file(dir, "e.jsonl", 1234, 3));
    ok(c);
    ws
}

fn say(ws: &std::path::Path, lang: &str, args: &[&str]) -> String {
    let mut c = with_pass(ws, "pw");
    c.args(["--lang", lang]).args(args);
    ok(c)
}

/// Lines of a table block all as wide as each other on screen (right-aligned last column).
fn same_width(lines: &[&str]) {
    let widths: Vec<usize> = lines.iter().map(|l| l.width()).collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "{widths:?}\n{}", lines.join("\n"));
}

#[test]
fn status_metrics_and_account_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let ws = book(dir.path());

    let status = say(&ws, "fr", &["status"]);
    let rows: Vec<&str> = status.lines().skip(1).collect();
    assert!(rows.iter().any(|l| l.starts_with("  événements ") && l.ends_with(&format!(" 1{NNBSP}234"))), "{status}");
    assert!(rows.iter().any(|l| l.starts_with("  comptes ") && l.ends_with(" 3")), "{status}");
    assert!(rows.iter().any(|l| l.starts_with("  jours d’usage ")), "{status}");
    same_width(&rows);

    let m = say(&ws, "fr", &["metrics", "--as-of", "2026-09-30"]);
    assert!(m.starts_with("Au 30 sept. 2026  (EUR)\n"), "{m}");
    // 1,234.50 + 100.00 a month; ARR twelve times that.
    assert!(m.contains(&format!("MRR 1{NNBSP}334,50\u{a0}€   ARR 16{NNBSP}014,00\u{a0}€   comptes actifs 2")), "{m}");
    assert!(m.contains("mois"), "{m}");
    assert!(m.contains("taux d’attrition client"), "{m}");
    assert!(m.contains(&format!("sept. 2026  1{NNBSP}334,50\u{a0}€")), "{m}");

    let a = say(&ws, "fr", &["account", "ACC-1", "--as-of", "2026-09-30"]);
    assert!(a.starts_with("Account 1 (ACC-1)  responsable Maya Chen  au 30 sept. 2026\n"), "{a}");
    assert!(a.contains(&format!("ARR 14{NNBSP}814,00\u{a0}€  client depuis le 1 janv. 2026")), "{a}");
    assert!(a.contains("  étape "), "{a}");
}

#[test]
fn status_and_metrics_in_chinese_line_up_by_display_width() {
    let dir = tempfile::tempdir().unwrap();
    let ws = book(dir.path());

    // Through the environment variable rather than the flag.
    let mut c = with_pass(&ws, "pw");
    c.env("WAYPOINT_LANG", "zh-CN").arg("status");
    let status = ok(c);
    let rows: Vec<&str> = status.lines().skip(1).collect();
    assert!(rows.iter().any(|l| l.starts_with("  事件") && l.ends_with(" 1,234")), "{status}");
    assert!(rows.iter().any(|l| l.starts_with("  客户") && l.ends_with(" 3")), "{status}");
    same_width(&rows);

    let m = say(&ws, "zh-CN", &["metrics", "--as-of", "2026-09-30"]);
    assert!(m.starts_with("截至 2026年9月30日（EUR）\n"), "{m}");
    assert!(m.contains("MRR €1,334.50   ARR €16,014.00   活跃客户 2"), "{m}");
    let table: Vec<&str> = m.lines().skip_while(|l| !l.contains("月份")).collect();
    assert!(table[0].contains("期初") && table[0].contains("重新激活"), "{m}");
    assert!(table.iter().any(|l| l.starts_with("  2026年9月") && l.ends_with("€1,334.50")), "{m}");
    same_width(&table);

    let a = say(&ws, "zh-CN", &["account", "ACC-2", "--as-of", "2026-09-30"]);
    assert!(a.starts_with("Account 2（ACC-2）  负责人 Maya Chen  截至 2026年9月30日\n"), "{a}");
    assert!(a.contains("ARR €1,200.00  客户起始日 2026年1月1日"), "{a}");
}

#[test]
fn alerts_are_rendered_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let ws = book(dir.path());
    let mut c = with_pass(&ws, "pw");
    c.args(["alerts", "--as-of", "2026-09-30", "--json"]);
    let alerts: Vec<serde_json::Value> = serde_json::from_str(&ok(c)).unwrap();
    // The events stop on Aug 28: a month later every account has gone quiet.
    assert!(!alerts.is_empty());

    let fr = say(&ws, "fr", &["alerts", "--as-of", "2026-09-30"]);
    let n = alerts.len();
    assert!(fr.starts_with(&format!("{n} alerte{} au 30 sept. 2026\n", if n > 1 { "s" } else { "" })), "{fr}");
    let zh = say(&ws, "zh-CN", &["alerts", "--as-of", "2026-09-30"]);
    assert!(zh.starts_with(&format!("截至 2026年9月30日 共 {n} 条预警\n")), "{zh}");
    for a in &alerts {
        let text: i18n::Text = serde_json::from_value(a["message"].clone()).unwrap();
        let line = fr.lines().find(|l| l.contains(a["account_id"].as_str().unwrap()) && l.contains(&text.render(i18n::Lang::Fr)));
        assert!(line.is_some_and(|l| l.contains("(depuis le ")), "{a}\n{fr}");
        assert!(zh.contains(&text.render(i18n::Lang::ZhCn)), "{a}\n{zh}");
    }
}

#[test]
fn json_is_the_same_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let ws = book(dir.path());
    for args in [
        &["status", "--json"][..],
        &["metrics", "--as-of", "2026-09-30", "--json"],
        &["metrics", "--as-of", "2026-09-30", "--by", "industry", "--json"],
        &["alerts", "--as-of", "2026-09-30", "--json"],
        &["account", "ACC-1", "--as-of", "2026-09-30", "--json"],
        &["health", "--as-of", "2026-09-30", "--json"],
    ] {
        let en = say(&ws, "en", args);
        assert!(en.trim_start().starts_with(['{', '[']), "{args:?}: {en}");
        assert_eq!(say(&ws, "fr", args), en, "{args:?}");
        assert_eq!(say(&ws, "zh-CN", args), en, "{args:?}");
    }
}

#[test]
fn an_unknown_language_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut c = waypoint(&ws);
    c.args(["--lang", "xx", "status"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("\"xx\""), "{}", o.stderr);
    let mut c = waypoint(&ws);
    c.env("WAYPOINT_LANG", "klingon").arg("status");
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("klingon"), "{}", o.stderr);
}

#[test]
fn errors_and_confirmations_speak_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.waypoint");
    let mut c = with_pass(&ws, "pw");
    c.args(["--lang", "fr", "init"]);
    let out = ok(c);
    assert!(out.contains("w.waypoint créé (phrase secrète)\n"), "{out}");
    // An error line keeps its single-line shape with the language's prefix.
    let mut c = with_pass(&ws, "pw");
    c.args(["--lang", "zh-CN", "retention", "fit", "--counts", "1000,abc"]);
    let o = run(c);
    assert_eq!(o.code, 2);
    assert!(o.stderr.starts_with("错误："), "{}", o.stderr);
    assert_eq!(o.stderr.trim().lines().count(), 1, "{}", o.stderr);
}

//! The segments screen over a demo book: counts and ARR checked against the store read with
//! SQL and against the snapshot's labels, the charts against the `chart_data` ones, and rule
//! errors pointing at the right column.

use std::collections::BTreeMap;

use store::{KeyChoice, Workspace};
use views::chart::{self, Kind, Request, Target};
use views::segments_view::{self as sv, SegmentKind};
use views::{Config, Session, Theme};

async fn demo_session(dir: &std::path::Path) -> Session {
    let cfg = demo::DemoConfig { accounts: 40, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("segments")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    Session::new(ws, Config::default())
}

/// Each account's ARR from the store: twelve times the MRR of the subscriptions running on the
/// day (end day exclusive), in major units.
async fn arr_by_account(session: &Session, day: &str) -> BTreeMap<String, f64> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT a.external_id, COALESCE(SUM(CASE WHEN s.start_day <= ?1 AND (s.end_day IS NULL OR s.end_day > ?1) THEN s.mrr_minor END), 0)
           FROM accounts a LEFT JOIN subscriptions s ON s.account_id = a.id GROUP BY a.id",
    )
    .bind(day)
    .fetch_all(session.workspace().pool())
    .await
    .unwrap();
    rows.into_iter().map(|(id, mrr)| (id, 12.0 * mrr as f64 / 100.0)).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

async fn chart_svg(session: &Session, kind: Kind, by: Option<&str>, as_of: &str) -> String {
    let r = Request { kind, target: Target::Book, from: None, mix: false, by: by.map(String::from), lang: i18n::Lang::En };
    let to = chrono::NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap();
    chart::build(session.workspace(), &r, session.config(), to).await.unwrap().svg(Theme::Light.into(), i18n::Lang::En).unwrap()
}

/// The SVG without its "; N without activity not shown" note.
fn without_activity_note(svg: &str) -> String {
    const NOTE: &str = " without activity not shown";
    match svg.find(NOTE).and_then(|b| svg[..b].rfind("; ").map(|a| (a, b))) {
        Some((a, b)) => format!("{}{}", &svg[..a], &svg[b + NOTE.len()..]),
        None => svg.to_string(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn needs_and_value_side_by_side_agree_with_the_store_and_the_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let view = sv::segments(&session, Theme::Light, i18n::Lang::En).await.unwrap();
    let arr = arr_by_account(&session, &view.as_of).await;
    let n = arr.len();
    assert_eq!(view.accounts as usize, n);
    assert!(close(view.arr, arr.values().sum()), "{} vs {}", view.arr, arr.values().sum::<f64>());

    // Needs: the cards' counts are the snapshot's label counts and cover every account.
    let snap = session.snapshot().await.unwrap();
    let mut labels: BTreeMap<&str, usize> = BTreeMap::new();
    for l in &snap.needs {
        *labels.entry(l).or_default() += 1;
    }
    let cards: BTreeMap<&str, usize> = view.needs.iter().map(|c| (c.name.as_str(), c.profile.accounts)).collect();
    assert_eq!(cards, labels);
    assert_eq!(view.needs.iter().map(|c| c.profile.accounts).sum::<usize>(), n);
    assert!(view.needs.len() >= 2, "the demo book has several usage patterns: {:?}", cards.keys());
    assert!(view.needs.iter().all(|c| c.kind == SegmentKind::Needs && !c.description.render(i18n::Lang::En).is_empty()));
    // Labels: the English label is the id; another language translates the engine's words.
    for c in view.needs.iter().chain(&view.value) {
        assert_eq!(c.label.render(i18n::Lang::En), c.name);
    }
    let inactive = view.needs.iter().find(|c| c.name == segments::needs::INACTIVE).expect("the demo has dormant accounts");
    assert_eq!(inactive.label.render(i18n::Lang::Fr), "Aucune activité récente");
    assert_eq!(inactive.description.render(i18n::Lang::ZhCn), "最近 13 周无产品活动");
    let growth = view.value.iter().find(|c| c.name == "Growth").expect("the demo has growth accounts");
    let fr = growth.description.render(i18n::Lang::Fr);
    let money = |x: f64| i18n::Formats::of(i18n::Lang::Fr).money(x, "USD");
    assert!(fr.starts_with(&format!("ARR de {} à {}\u{202f}; activité\u{202f}: ", money(10_000.0), money(50_000.0))), "{fr}");
    assert_eq!(view.crosstab.row_labels.iter().map(|l| l.render(i18n::Lang::En)).collect::<Vec<_>>(), view.crosstab.rows);
    let active: Vec<_> = view.needs.iter().filter(|c| c.name != segments::needs::INACTIVE).collect();
    assert!(active.windows(2).all(|w| w[0].profile.accounts >= w[1].profile.accounts), "largest first");
    assert!(active.iter().all(|c| !c.dominant_modules.is_empty() && c.dominant_modules.windows(2).all(|w| w[0].share >= w[1].share)));

    // Value: tiers recomputed from the SQL ARR with the default cut points (0, 10k, 50k, 150k).
    let tier = |a: f64| match a {
        a if a <= 0.0 => "No ARR",
        a if a < 10_000.0 => "Starter",
        a if a < 50_000.0 => "Growth",
        a if a < 150_000.0 => "Enterprise",
        _ => "Strategic",
    };
    let mut expected: BTreeMap<&str, (usize, f64)> = BTreeMap::new();
    for a in arr.values() {
        let e = expected.entry(tier(*a)).or_default();
        e.0 += 1;
        e.1 += a;
    }
    let got: BTreeMap<&str, (usize, f64)> = view.value.iter().map(|c| (c.name.as_str(), (c.profile.accounts, c.profile.arr))).collect();
    assert_eq!(got.keys().collect::<Vec<_>>(), expected.keys().collect::<Vec<_>>());
    for (k, (count, sum)) in &expected {
        assert_eq!(got[k].0, *count, "{k}");
        assert!(close(got[k].1, *sum), "{k}: {} vs {sum}", got[k].1);
    }
    let order = ["Starter", "Growth", "Enterprise", "Strategic", "No ARR"];
    let pos: Vec<usize> = view.value.iter().map(|c| order.iter().position(|o| *o == c.name).unwrap()).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "lowest tier first, No ARR last");
    let shares: f64 = view.value.iter().map(|c| c.profile.arr_share).sum();
    assert!((shares - 1.0).abs() < 1e-9);
    for c in view.needs.iter().chain(&view.value) {
        assert!(c.at_risk as usize <= c.profile.paying && c.at_risk_arr <= c.profile.arr + 0.01, "{}", c.name);
    }

    // Crosstab: cells add up to the row, column and grand totals, which are the cards' own.
    let x = &view.crosstab;
    assert_eq!(x.rows, view.needs.iter().map(|c| c.name.clone()).collect::<Vec<_>>());
    assert_eq!(x.columns, view.value.iter().map(|c| c.name.clone()).collect::<Vec<_>>());
    for (r, row) in x.cells.iter().enumerate() {
        assert_eq!(row.iter().map(|c| c.accounts).sum::<u32>(), x.row_totals[r].accounts);
        assert!(close(row.iter().map(|c| c.arr).sum(), x.row_totals[r].arr));
        assert_eq!(x.row_totals[r].accounts as usize, view.needs[r].profile.accounts);
        assert!(close(x.row_totals[r].arr, view.needs[r].profile.arr));
    }
    for c in 0..x.columns.len() {
        assert_eq!(x.cells.iter().map(|row| row[c].accounts).sum::<u32>(), x.column_totals[c].accounts);
        assert_eq!(x.column_totals[c].accounts as usize, view.value[c].profile.accounts);
    }
    assert_eq!(x.total.accounts as usize, n);
    assert!(close(x.total.arr, view.arr));
    // A cell counted by hand from the two label lists.
    let (r, c) = (0, 0);
    let by_hand = (0..n).filter(|&i| snap.needs[i] == x.rows[r] && snap.value[i] == x.columns[c]).count();
    assert_eq!(x.cells[r][c].accounts as usize, by_hand);
    assert!(x.cramers_v.is_none_or(|v| (0.0..=1.0 + 1e-9).contains(&v)));

    // The charts are the ones `waypoint chart` draws from a fresh analysis.
    assert_eq!(view.charts.module_mix_needs, chart_svg(&session, Kind::ModuleMix, Some("needs"), &view.as_of).await);
    // Except for one word: `chart_data` also passes the empty tiers, which its subtitle then
    // counts as "without activity"; this screen passes only tiers with members.
    assert_eq!(without_activity_note(&view.charts.module_mix_value), without_activity_note(&chart_svg(&session, Kind::ModuleMix, Some("value"), &view.as_of).await));
    assert_eq!(view.charts.segment_map, chart_svg(&session, Kind::Segments, None, &view.as_of).await);

    // Rule fields: the fixed ones, and this book's module shares beside them.
    let fixed = sv::rule_fields();
    assert_eq!(fixed.len(), segments::facts::FIELDS.len());
    assert!(fixed.iter().any(|f| f.field == "arr" && f.kind == segments::rules::FactKind::Number));
    let modules: Vec<String> = sqlx::query_scalar("SELECT key FROM modules").fetch_all(session.workspace().pool()).await.unwrap();
    let used: Vec<&str> = view.book_fields.iter().filter_map(|f| f.field.strip_prefix("share.")).collect();
    assert!(!used.is_empty() && used.iter().all(|m| modules.iter().any(|k| k == m)), "{used:?}");
    assert!(view.book_fields.iter().all(|f| !fixed.iter().any(|x| x.field == f.field)));
    session.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rules_count_live_and_errors_point_at_their_column() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let as_of = session.snapshot().await.unwrap().as_of.to_string();
    let arr = arr_by_account(&session, &as_of).await;
    let over = |limit: f64| arr.iter().filter(|(_, a)| **a > limit).collect::<Vec<_>>();

    // `arr > 50000` counts exactly the accounts above 50,000 (none in this small book), and a
    // limit at the paying accounts' median splits it, so the count is not trivially 0 or all.
    let count = sv::rule_count(&session, "arr>50_000").await.unwrap();
    assert_eq!(count.expression, "arr > 50000");
    assert_eq!(count.accounts as usize, over(50_000.0).len());
    let mut paying: Vec<f64> = arr.values().copied().filter(|a| *a > 0.0).collect();
    paying.sort_by(f64::total_cmp);
    let limit = paying[paying.len() / 2].floor();
    let expected = over(limit);
    assert!(!expected.is_empty() && expected.len() < arr.len(), "{limit}: {}", expected.len());
    let count = sv::rule_count(&session, &format!("arr > {limit}")).await.unwrap();
    assert_eq!(count.accounts as usize, expected.len());
    assert!(close(count.arr, expected.iter().map(|(_, a)| **a).sum()));
    let mut ids: Vec<&str> = count.members.iter().map(|m| m.account_id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, expected.iter().take(sv::RULE_MEMBERS_SHOWN).map(|(id, _)| id.as_str()).collect::<Vec<_>>());
    assert!(count.members.windows(2).all(|w| w[0].arr >= w[1].arr), "largest ARR first");
    // A rule matching nothing is a count of zero, not an error.
    assert_eq!(sv::rule_count(&session, "arr > 1000000000000").await.map(|c| c.accounts).ok(), Some(0));

    // The members list of the same rule: rows as in the accounts table, and its chart.
    let members = sv::segment_members(&session, &format!("rule: arr>{limit}"), Theme::Dark, i18n::Lang::En).await.unwrap();
    assert_eq!(members.kind, SegmentKind::Rule);
    assert_eq!(members.rows.len(), expected.len());
    assert!(members.rows.iter().all(|r| r.arr > limit));
    assert!(members.module_mix.starts_with("<svg") && members.module_mix.contains(&format!("Rule: arr &gt; {limit}")));

    let cases = [
        ("arr >", "invalid_rule", 6),
        ("arr > 5 and (health < 3", "invalid_rule", 24),
        ("ar > 5", "unknown_field", 1),
        ("health > 5 and regio = \"EMEA\"", "unknown_field", 16),
        ("name = \"region\" and region > 5", "type_mismatch", 21),
    ];
    for (expr, code, column) in cases {
        let e = sv::rule_count(&session, expr).await.unwrap_err();
        assert_eq!((e.code(), sv::error_column(expr, &e)), (code, Some(column)), "{expr}: {e}");
        let message = sv::located_message(expr, &e);
        assert!(message.contains(&format!("at column {column}")), "{message}");
    }
    session.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn membership_lists_by_needs_segment_and_value_tier() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let view = sv::segments(&session, Theme::Light, i18n::Lang::En).await.unwrap();
    let all = views::accounts::accounts(&session).await.unwrap();

    let needs = &view.needs[0];
    let m = sv::segment_members(&session, &needs.name.to_uppercase(), Theme::Light, i18n::Lang::En).await.unwrap();
    assert_eq!((m.kind, m.name.as_str()), (SegmentKind::Needs, needs.name.as_str()));
    assert_eq!(m.rows.len(), needs.profile.accounts);
    assert!(close(m.arr, needs.profile.arr));
    let expected: Vec<_> = all.rows.iter().filter(|r| r.needs_segment.as_deref() == Some(needs.name.as_str())).cloned().collect();
    assert_eq!(m.rows, expected, "the accounts table's rows, in its order");
    assert!(m.module_mix.starts_with("<svg"));

    let tier = &view.value[0];
    let m = sv::segment_members(&session, &tier.name, Theme::Light, i18n::Lang::En).await.unwrap();
    assert_eq!((m.kind, m.rows.len()), (SegmentKind::Value, tier.profile.accounts));
    assert!(m.rows.iter().all(|r| r.value_tier.as_deref() == Some(tier.name.as_str())));

    let e = sv::segment_members(&session, "Nobody", Theme::Light, i18n::Lang::En).await.unwrap_err();
    assert_eq!(e.code(), "unknown_segment");
    session.close().await;
}

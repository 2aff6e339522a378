//! The app's deck views over a small demo book: the quarters offered, previews that are the
//! deck model slide for slide, files written whole where asked, and a book batch that reports
//! every deck and stops when told. Expected values come from the demo's configuration and
//! from the store read with SQL, not from the engine.

use std::path::Path;
use std::sync::Mutex;

use decks::quarter::Quarter;
use store::{KeyChoice, Workspace};
use views::decks::{self as d, BatchProgress, BlockContent, Cancel, DeckFormat};
use views::{Config, Session, Theme};

/// 2026-10-31 back 14 whole months: usage from 2025-09-01 to 2026-10-31.
fn demo_config() -> demo::DemoConfig {
    demo::DemoConfig { accounts: 10, months: 14, ..Default::default() }
}

async fn demo_session(dir: &Path) -> Session {
    let files = demo::generate(&demo_config(), dir).unwrap();
    let ws = Workspace::create(&dir.join("w.waypoint"), KeyChoice::passphrase("decks")).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();
    Session::new(ws, Config::default())
}

/// Accounts with a running paid subscription on `day` (end day exclusive), by id.
async fn paying(session: &Session, day: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT DISTINCT a.external_id FROM subscriptions s JOIN accounts a ON a.id = s.account_id
          WHERE s.start_day <= ?1 AND (s.end_day IS NULL OR s.end_day > ?1) AND s.mrr_minor > 0 ORDER BY a.external_id",
    )
    .bind(day)
    .fetch_all(session.workspace().pool())
    .await
    .unwrap()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// A zip whose central directory names the presentation part (names are stored uncompressed).
fn is_pptx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") && bytes.windows(20).any(|w| w == b"ppt/presentation.xml")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quarters_and_previews_follow_the_deck_model() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    // Q4 2026 is still running on 2026-10-31; Q3 2025 holds September 2025.
    let quarters = d::quarters(&session, i18n::Lang::En).await.unwrap();
    let ids: Vec<&str> = quarters.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"]);
    assert_eq!((quarters[0].label.as_str(), quarters[0].start.as_str(), quarters[0].end.as_str()), ("Q3 2026", "2026-07-01", "2026-09-30"));
    // Labelled as each language names a quarter; the id stays the same.
    let zh = d::quarters(&session, i18n::Lang::ZhCn).await.unwrap();
    let fr = d::quarters(&session, i18n::Lang::Fr).await.unwrap();
    assert_eq!((zh[0].id.as_str(), zh[0].label.as_str(), fr[0].label.as_str()), ("2026-Q3", "2026年第三季度", "T3 2026"));

    let account = paying(&session, "2026-09-30").await.remove(0);
    let started = std::time::Instant::now();
    let preview = d::qbr_preview(&session, &account, "2026-Q3", Theme::Dark, i18n::Lang::En).await.unwrap();
    eprintln!("qbr preview of {account}: {} ms", started.elapsed().as_millis());
    let model = decks::qbr::build(session.workspace(), &account, Quarter::parse("2026-Q3").unwrap(), &Default::default(), &decks::Brand::default(), i18n::Lang::En).await.unwrap();
    assert_eq!(preview.slides.len(), 12);
    assert_eq!((preview.width, preview.height), (960.0, 540.0));
    let titles = |s: &[_]| s.iter().map(|x: &d::preview::SlidePreview| x.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&preview.slides), model.slides.iter().map(|s| s.title.clone()).collect::<Vec<_>>());
    let name: String = sqlx::query_scalar("SELECT name FROM accounts WHERE external_id = ?").bind(&account).fetch_one(session.workspace().pool()).await.unwrap();
    assert_eq!(preview.slides[0].title, format!("{name}: Quarterly Business Review"));
    for (i, (slide, m)) in preview.slides.iter().zip(&model.slides).enumerate() {
        assert_eq!(slide.notes, m.notes);
        // Every model block, then the title (and the cover's subtitle) as text.
        assert_eq!(slide.blocks.len(), m.blocks.len() + if i == 0 { 2 } else { 1 }, "{}", slide.title);
        let title = &slide.blocks[m.blocks.len()];
        assert!(matches!(&title.content, BlockContent::Text { paras, bottom: true } if paras[0].runs[0].text == slide.title && paras[0].runs[0].bold));
        if i > 0 {
            // The accent rule every content slide carries: the default brand's #0072B2 across the top.
            assert!(slide.blocks.iter().any(|b| (b.x, b.y, b.w, b.h) == (0.0, 0.0, 960.0, 6.0) && b.content == BlockContent::Fill { colour: "#0072B2".into() }));
            assert_eq!((title.x, title.y, title.w, title.h), (36.0, 18.0, 888.0, 60.0));
        }
    }
    // Charts come as their SVG; without a brand logo no picture needs a PNG.
    let pictures: Vec<_> = preview.slides.iter().flat_map(|s| &s.blocks).filter_map(|b| match &b.content {
        BlockContent::Picture { svg, png, alt } => Some((svg, png, alt)),
        _ => None,
    }).collect();
    assert!(pictures.len() >= 5, "{} charts", pictures.len());
    assert!(pictures.iter().all(|(svg, png, alt)| svg.as_deref().is_some_and(|s| s.starts_with("<svg")) && png.is_none() && !alt.is_empty()));
    eprintln!("qbr preview JSON: {} KB", serde_json::to_string(&preview).unwrap().len() / 1024);

    let portfolio = d::portfolio_preview(&session, "2026-Q3", Theme::Light, i18n::Lang::En).await.unwrap();
    assert_eq!(portfolio.slides.len(), 8);
    assert!(portfolio.slides[1].title.starts_with("Portfolio at a glance, Q3 2026"), "{}", portfolio.slides[1].title);

    let e = d::qbr_preview(&session, "NO-SUCH", "2026-Q3", Theme::Light, i18n::Lang::En).await.unwrap_err();
    assert_eq!(e.code(), "unknown_account");
    let e = d::qbr_preview(&session, &account, "Q3", Theme::Light, i18n::Lang::En).await.unwrap_err();
    assert_eq!(e.code(), "invalid_request");
    session.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saving_writes_whole_files_where_asked() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let account = paying(&session, "2026-09-30").await.remove(0);
    let out = dir.path().join("out").join("nested");
    let pptx = out.join("acme-2026-Q3.PPTX");
    let saved = d::save_qbr(&session, &account, "2026-Q3", pptx.to_str().unwrap(), i18n::Lang::En).await.unwrap();
    let bytes = std::fs::read(&pptx).unwrap();
    assert!(is_pptx(&bytes));
    assert_eq!((saved.path.as_str(), saved.bytes, saved.format, saved.slides), (pptx.to_str().unwrap(), bytes.len() as u64, DeckFormat::Pptx, 12));

    let pdf = out.join("acme-2026-Q3.pdf");
    let saved = d::save_qbr(&session, &account, "2026-Q3", pdf.to_str().unwrap(), i18n::Lang::En).await.unwrap();
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-") && String::from_utf8_lossy(&bytes).contains("/Count 12"));
    assert_eq!((saved.bytes, saved.format), (bytes.len() as u64, DeckFormat::Pdf));

    // Saving again replaces the file; the portfolio too; no temporary file is left behind.
    let portfolio = d::save_portfolio(&session, "2026-Q3", pdf.to_str().unwrap(), i18n::Lang::En).await.unwrap();
    assert!(String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).contains("/Count 8"));
    assert_eq!(portfolio.slides, 8);
    assert_eq!(files_in(&out), ["acme-2026-Q3.PPTX", "acme-2026-Q3.pdf"]);

    for bad in ["relative/deck.pptx", "/tmp/deck.docx", "/tmp/deck"] {
        let e = d::save_qbr(&session, &account, "2026-Q3", bad, i18n::Lang::En).await.unwrap_err();
        assert_eq!(e.code(), "invalid_request", "{bad}");
    }
    assert!(!Path::new("relative").exists());
    session.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_book_batch_reports_every_deck_and_stops_when_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let want = paying(&session, "2026-09-30").await;
    let n = want.len() as u32;
    assert!(n >= 3, "{n} paying accounts");

    let out = dir.path().join("book");
    let seen = Mutex::new(Vec::<BatchProgress>::new());
    let started = std::time::Instant::now();
    let summary = d::qbr_batch(&session, "2026-Q3", out.to_str().unwrap(), &[DeckFormat::Pptx, DeckFormat::Pptx], i18n::Lang::En, |p| seen.lock().unwrap().push(p), &Cancel::new()).await.unwrap();
    eprintln!("batch of {n} PPTX decks in {} lanes: {} ms", d::default_lanes(), started.elapsed().as_millis());
    let seen = seen.into_inner().unwrap();
    assert_eq!(seen.len() as u32, n + 1, "a first message, then one per deck");
    assert_eq!((seen[0].done, seen[0].total, seen[0].account.as_deref()), (0, n, None));
    let last = seen.last().unwrap();
    assert_eq!((last.done, last.total, last.failed), (n, n, 0));
    assert!(seen.windows(2).all(|w| w[1].done == w[0].done + 1 && w[1].account.is_some()));
    assert_eq!((summary.total, summary.decks, summary.files, summary.skipped, summary.cancelled), (n, n, n, 0, false));
    assert!(summary.failures.is_empty(), "{:?}", summary.failures);
    let names: Vec<String> = want.iter().map(|id| format!("{id}-2026-Q3.pptx")).collect();
    assert_eq!(files_in(&out), names);
    let on_disk: u64 = names.iter().map(|f| std::fs::metadata(out.join(f)).unwrap().len()).sum();
    assert_eq!(summary.bytes, on_disk);
    assert!(names.iter().all(|f| is_pptx(&std::fs::read(out.join(f)).unwrap())));

    // One deck in flight; cancel once the first is written: the rest never start.
    let out = dir.path().join("cancelled");
    let cancel = Cancel::new();
    let summary = d::qbr_batch_in_lanes(&session, "2026-Q3", out.to_str().unwrap(), &[DeckFormat::Pdf], i18n::Lang::En, 1, |p| {
        if p.done == 1 {
            cancel.cancel();
        }
    }, &cancel)
    .await
    .unwrap();
    assert_eq!((summary.decks, summary.files, summary.skipped, summary.cancelled), (1, 1, n - 1, true));
    let written = files_in(&out);
    assert_eq!(written.len(), 1);
    assert!(want.iter().any(|id| written[0] == format!("{id}-2026-Q3.pdf")), "{written:?}");

    let e = d::qbr_batch(&session, "2026-Q3", out.to_str().unwrap(), &[], i18n::Lang::En, |_| {}, &Cancel::new()).await.unwrap_err();
    assert_eq!(e.code(), "invalid_request");
    session.close().await;
}

/// Every `#RRGGBB` a preview paints with: fills and table headers.
fn paints(p: &d::DeckPreview) -> Vec<String> {
    p.slides
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match &b.content {
            BlockContent::Fill { colour } => Some(colour.clone()),
            BlockContent::Table { header_fill, .. } => Some(header_fill.clone()),
            _ => None,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decks_carry_the_brand_saved_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let session = demo_session(dir.path()).await;
    let account = paying(&session, "2026-09-30").await.remove(0);
    let before = d::qbr_preview(&session, &account, "2026-Q3", Theme::Light, i18n::Lang::En).await.unwrap();
    assert!(paints(&before).contains(&"#0072B2".to_string()), "the default accent");
    assert!(!paints(&before).contains(&"#009E73".to_string()));

    let input = views::settings_view::BrandInput { company: "Acme CS".into(), accent: "#009E73".into(), dark: "#112233".into(), logo: None, remove_logo: false };
    views::settings_view::save_brand(&session, &input).await.unwrap();
    let after = d::qbr_preview(&session, &account, "2026-Q3", Theme::Light, i18n::Lang::En).await.unwrap();
    assert!(paints(&after).contains(&"#009E73".to_string()), "{:?}", paints(&after));
    assert!(!paints(&after).contains(&"#0072B2".to_string()));
    let portfolio = d::portfolio_preview(&session, "2026-Q3", Theme::Light, i18n::Lang::En).await.unwrap();
    assert!(paints(&portfolio).contains(&"#009E73".to_string()));
    session.close().await;
}

//! Books read for several days in one pass are the books read one day at a time, and the
//! trend's earlier book is the book of its day (users: its last month's).

use chrono::{Days, NaiveDate};
use metrics::{Book, Scope};
use store::{KeyChoice, Workspace};

fn month_ends(from: NaiveDate, n: u32) -> Vec<NaiveDate> {
    (0..n).map(|i| metrics::dates::month_end(from.checked_add_months(chrono::Months::new(i)).unwrap())).collect()
}

#[tokio::test]
async fn a_run_of_days_reads_as_each_day_alone() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = demo::DemoConfig { accounts: 30, months: 14, ..Default::default() };
    let files = demo::generate(&cfg, dir.path()).unwrap();
    let ws = Workspace::create(&dir.path().join("w.waypoint"), KeyChoice::passphrase("days".to_string())).await.unwrap();
    import::demo_files::load(&ws, &files).await.unwrap();

    // Month ends (quarters overlap), then two days a week apart and the last day of data.
    let mut days = month_ends(cfg.end_day.checked_sub_months(chrono::Months::new(10)).unwrap(), 9);
    let last = *days.last().unwrap();
    days.extend([last + Days::new(7), last + Days::new(8), cfg.end_day]);
    let books: Vec<Book> = Book::load_days(&ws, &days, Scope::All).await.unwrap().collect::<Result<_, _>>().unwrap();
    assert_eq!(books.len(), days.len());
    let mut with_users = 0;
    for (day, book) in days.iter().zip(&books) {
        let alone = Book::load(&ws, *day, Scope::All).await.unwrap();
        assert_eq!(book.as_of, *day);
        assert_eq!(format!("{book:?}"), format!("{alone:?}"), "the book of {day}");
        with_users += book.usage.iter().filter(|u| !u.users.is_empty()).count();
    }
    assert!(with_users > 100, "the books hold users: {with_users}");
    // The same for one account.
    let id = books[0].accounts[3].external_id.clone();
    let one: Vec<Book> = Book::load_days(&ws, &days[..3], Scope::Account(&id)).await.unwrap().collect::<Result<_, _>>().unwrap();
    for (day, book) in days.iter().zip(&one) {
        let alone = Book::load(&ws, *day, Scope::Account(&id)).await.unwrap();
        assert_eq!(format!("{book:?}"), format!("{alone:?}"));
    }

    // The trend pair: the later book is the day's book; the earlier one is the book four
    // weeks before, keeping only the users active in its last 28 days.
    let (now, then) = Book::load_with_trend(&ws, last, Scope::All).await.unwrap();
    assert_eq!(format!("{now:?}"), format!("{:?}", Book::load(&ws, last, Scope::All).await.unwrap()));
    let mut before = Book::load(&ws, last - Days::new(metrics::book::TREND_DAYS), Scope::All).await.unwrap();
    for u in &mut before.usage {
        u.users.retain(|x| x.days_28 > 0);
    }
    assert_eq!(format!("{then:?}"), format!("{before:?}"));
}

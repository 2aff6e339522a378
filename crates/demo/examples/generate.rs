//! Writes the default demo portfolio into a directory and prints row counts.
//!
//! `cargo run --release -p demo --example generate -- /tmp/waypoint-demo [accounts] [seed] [en|zh-CN|fr]`

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "waypoint-demo".into());
    let mut cfg = demo::DemoConfig::default();
    if let Some(n) = args.next() {
        cfg.accounts = n.parse()?;
    }
    if let Some(s) = args.next() {
        cfg.seed = s.parse()?;
    }
    if let Some(l) = args.next() {
        cfg.locale = demo::Locale::parse(&l)?;
    }
    let t = Instant::now();
    let files = demo::generate(&cfg, std::path::Path::new(&dir))?;
    println!("{:#?}", files.stats);
    println!("generated in {:.2?}", t.elapsed());
    Ok(())
}

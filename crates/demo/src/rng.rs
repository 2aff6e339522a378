//! Seeding and small sampling helpers shared by the generators.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Independent random streams, one per file, so that changing how one file is
/// generated leaves the others untouched.
#[derive(Debug, Clone, Copy)]
pub enum Stream {
    Plan = 1,
    Revenue = 2,
    People = 3,
    Usage = 4,
    Tickets = 5,
    Nps = 6,
    Milestones = 7,
    Needs = 8,
    /// Names, places and currencies of a non-English demo (locale.rs).
    Locale = 9,
    /// What the CSMs did about it (csm.rs).
    Csm = 10,
}

pub fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The stream of one account (`account` = index) for one purpose.
pub fn rng_for(seed: u64, account: usize, stream: Stream) -> ChaCha8Rng {
    let key = splitmix64(seed ^ splitmix64((account as u64) << 8 | stream as u64));
    ChaCha8Rng::seed_from_u64(key)
}

/// Portfolio-wide stream (not tied to an account).
pub fn rng_global(seed: u64, stream: Stream) -> ChaCha8Rng {
    rng_for(seed, usize::MAX >> 8, stream)
}

/// Poisson sample (Knuth for small means, normal approximation above 30).
pub fn poisson<R: Rng>(rng: &mut R, mean: f64) -> u32 {
    if mean <= 0.0 {
        return 0;
    }
    if mean > 30.0 {
        let v = mean + normal(rng) * mean.sqrt();
        return v.round().max(0.0) as u32;
    }
    let l = (-mean).exp();
    let mut k = 0;
    let mut p = 1.0;
    loop {
        p *= rng.random::<f64>();
        if p <= l {
            return k;
        }
        k += 1;
    }
}

/// Standard normal sample (Box-Muller).
pub fn normal<R: Rng>(rng: &mut R) -> f64 {
    let u1: f64 = rng.random::<f64>().max(1e-12);
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// Log-normal sample with the given median and log-space sigma.
pub fn lognormal<R: Rng>(rng: &mut R, median: f64, sigma: f64) -> f64 {
    median * (sigma * normal(rng)).exp()
}

/// Exponential sample with the given mean.
pub fn exponential<R: Rng>(rng: &mut R, mean: f64) -> f64 {
    -mean * (1.0 - rng.random::<f64>()).ln()
}

/// UTC hour at which a region's working day is centred.
pub fn region_midday_utc(region: &str) -> f64 {
    match region {
        "NA" => 18.0,
        "EMEA" => 11.5,
        "APAC" => 4.5,
        _ => 16.0,
    }
}

/// UTC offset used when a region's timestamps are written in local time.
pub fn region_offset_hours(region: &str) -> i32 {
    match region {
        "NA" => -5,
        "EMEA" => 2,
        "APAC" => 9,
        _ => -3,
    }
}

/// Seconds into a UTC day for an activity in a region's working hours; always
/// inside the day, so the UTC day of the timestamp is the intended one.
pub fn work_second<R: Rng>(rng: &mut R, region: &str) -> u32 {
    let mid = region_midday_utc(region);
    for _ in 0..8 {
        let h = mid + 2.6 * normal(rng);
        if (0.0..24.0).contains(&h) {
            return (h * 3600.0) as u32;
        }
    }
    (mid * 3600.0) as u32
}

/// A date-time from a day and seconds into it.
pub fn at(day: NaiveDate, secs: u32) -> NaiveDateTime {
    let t = NaiveTime::from_num_seconds_from_midnight_opt(secs.min(86_399), 0)
        .unwrap_or(NaiveTime::MIN);
    day.and_time(t)
}

/// RFC 3339 UTC with whole seconds, e.g. `2026-09-14T13:05:22Z`.
pub fn rfc3339(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// First day of `d`'s month.
pub fn month_start(d: NaiveDate) -> NaiveDate {
    chrono::Datelike::with_day(&d, 1).unwrap_or(d)
}

/// Uniform day offset in `lo..=hi`.
pub fn days<R: Rng>(rng: &mut R, lo: i64, hi: i64) -> chrono::Duration {
    chrono::Duration::days(if hi <= lo {
        lo
    } else {
        rng.random_range(lo..=hi)
    })
}

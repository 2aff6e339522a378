use chrono::{Days, NaiveDate};

use super::*;
use i18n::Lang;
use crate::book::{NpsResponse, Ticket};
use crate::health::{Band, HealthScore};
use crate::usage::{account_usage, tests::sample};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn health(score: u8, band: Band) -> HealthScore {
    HealthScore { account_id: "ACC-1".into(), day: "2026-09-15".into(), score: Some(score), band, reason: None, components: vec![] }
}

fn run(book: &Book, a: usize, h: &HealthScore, before: Option<u8>, renewal: Option<NaiveDate>) -> Vec<Alert> {
    let usage = account_usage(book, a);
    let s = AccountSignals {
        usage: &usage,
        health: h,
        health_before: before,
        mrr_cents: 100_00,
        customer_start: Some(d("2026-01-01")),
        renewal,
    };
    account_alerts(book, a, &s, &AlertConfig::default())
}

fn en(t: &i18n::Text) -> String {
    t.render(Lang::En)
}

#[test]
fn drop_unused_modules_and_renewal_risk() {
    let (b, a) = sample();
    let alerts = run(&b, a, &health(55, Band::Yellow), Some(66), Some(d("2026-10-15")));
    let kinds: Vec<AlertKind> = alerts.iter().map(|x| x.kind).collect();
    assert_eq!(kinds, [AlertKind::UsageDrop, AlertKind::UnusedModules, AlertKind::RenewalRisk]);
    let drop = &alerts[0];
    assert_eq!((drop.value, drop.baseline, drop.change), (Some(50.0), Some(100.0), Some(-0.5)));
    assert_eq!((drop.since.as_str(), drop.severity), ("2026-09-09", Severity::Medium));
    assert_eq!(
        en(&drop.message),
        "Activity down 50% week over week: 50 events in the 7 days to Sep 15, 2026 vs 100 the week before"
    );
    assert_eq!(
        drop.message.render(Lang::Fr),
        "Activité en baisse de 50\u{a0}% d’une semaine à l’autre\u{202f}: 50 événements sur les 7 jours jusqu’au 15 sept. 2026, contre 100 la semaine précédente"
    );
    assert_eq!(drop.message.render(Lang::ZhCn), "活跃度周环比下降 50%：截至 2026年9月15日 的 7 天内有 50 次事件，前一周为 100 次");
    assert_eq!(
        en(&alerts[1].message),
        "2 of 3 licensed modules unused in the last 28 days: analysis and visualization (onboarding window ended Mar 2, 2026)"
    );
    assert_eq!(en(&alerts[2].message), "Renewal on Oct 15, 2026 (in 30 days) and health fell from 66 to 55 in 28 days");
    // A fall of 9 points is under the threshold; a renewal 91 days out is too far.
    let kinds = |v: Vec<Alert>| v.into_iter().map(|x| x.kind).collect::<Vec<_>>();
    assert!(!kinds(run(&b, a, &health(57, Band::Yellow), Some(66), Some(d("2026-10-15")))).contains(&AlertKind::RenewalRisk));
    assert!(!kinds(run(&b, a, &health(30, Band::Red), None, Some(d("2026-12-15")))).contains(&AlertKind::RenewalRisk));
    assert!(kinds(run(&b, a, &health(30, Band::Red), None, Some(d("2026-12-14")))).contains(&AlertKind::RenewalRisk));
}

#[test]
fn silence_of_the_account_and_its_core_users() {
    let (mut b, a) = sample();
    // Helios Freight: last event on Sep 8, nobody since; the champion's last day was Sep 1.
    b.usage[a].last_active = Some(d("2026-09-08"));
    b.usage[a].users[0].last_day = d("2026-09-01");
    let alerts = run(&b, a, &health(40, Band::Yellow), None, None);
    let silent = alerts.iter().find(|x| x.kind == AlertKind::AccountSilent).expect("silent");
    assert_eq!((silent.since.as_str(), silent.value), ("2026-09-09", Some(7.0)));
    assert_eq!(en(&silent.message), "No activity for 7 days (last event on Sep 8, 2026)");
    let core = alerts.iter().find(|x| x.kind == AlertKind::CoreUsersSilent).expect("core silent");
    assert_eq!((core.since.as_str(), core.value), ("2026-09-02", Some(14.0)));
    assert!(en(&core.message).contains("last seen: C1 (champion) on Sep 1, 2026"), "{}", en(&core.message));
    assert!(core.message.render(Lang::ZhCn).contains("最后活跃：C1（内部拥护者），2026年9月1日"), "{}", core.message.render(Lang::ZhCn));
    // Six silent days is not yet an alert; thirteen for the champion neither.
    b.usage[a].last_active = Some(d("2026-09-09"));
    b.usage[a].users[0].last_day = d("2026-09-02");
    let alerts = run(&b, a, &health(40, Band::Yellow), None, None);
    assert!(alerts.iter().all(|x| !matches!(x.kind, AlertKind::AccountSilent | AlertKind::CoreUsersSilent)));
}

#[test]
fn detractors_and_ticket_spikes() {
    let (mut b, a) = sample();
    let ago = |n| b.as_of - Days::new(n);
    b.nps.push(NpsResponse { account: a, day: ago(30), score: 2, comment: None });
    b.nps.push(NpsResponse { account: a, day: ago(29), score: 5, comment: Some(" Too slow ".into()) });
    let t = |opened| Ticket {
        account: a,
        opened,
        priority: "normal".into(),
        first_response_hours: None,
        resolution_hours: None,
        resolved: None,
        csat: None,
    };
    // 3 tickets in the 14 days, 3 in the 84 days before: baseline 0.5 per 14 days.
    b.tickets = [ago(0), ago(5), ago(13), ago(14), ago(50), ago(97)].into_iter().map(t).collect();
    let alerts = run(&b, a, &health(70, Band::Green), None, None);
    let nps = alerts.iter().find(|x| x.kind == AlertKind::NpsDetractor).expect("detractor");
    assert_eq!((nps.value, nps.since.as_str()), (Some(5.0), "2026-08-17"));
    assert_eq!(en(&nps.message), "NPS detractor: scored 5 on Aug 17, 2026: \u{201c}Too slow\u{201d}");
    assert_eq!(nps.message.render(Lang::Fr), "Détracteur NPS\u{202f}: note de 5 le 17 août 2026\u{202f}: «\u{a0}Too slow\u{a0}»");
    let spike = alerts.iter().find(|x| x.kind == AlertKind::TicketSpike).expect("spike");
    assert_eq!((spike.value, spike.baseline, spike.change), (Some(3.0), Some(0.5), Some(5.0)));
    assert_eq!(spike.since, "2026-09-02");
    b.tickets.remove(0);
    b.nps.pop();
    let alerts = run(&b, a, &health(70, Band::Green), None, None);
    assert!(alerts.iter().all(|x| !matches!(x.kind, AlertKind::TicketSpike | AlertKind::NpsDetractor)));
}

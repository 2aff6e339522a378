//! The canonical columns of each kind of file (docs/IMPORT.md), in one table that the
//! importers read their header rules from and the app shows and maps headers onto. Exports
//! from CRMs and help desks rarely use our exact names, so this also suggests which of a
//! file's headers holds which column: same words in another case or spacing, or a common
//! synonym. A suggestion is only that; the user confirms it before anything is imported.

use crate::{EventFormat, ImportKind};

/// One canonical column of a kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    /// Every row needs a value in it.
    pub needs_value: bool,
    /// The header must name it, even where its cells may be empty, so that a misspelt
    /// header is an error rather than a silently empty column (unless the caller states
    /// it is absent: see `ImportOptions::absent`).
    pub in_header: bool,
    /// What it holds, in a few words for the mapping screen.
    pub meaning: &'static str,
    /// Other names exports use for it, compared after normalising (see [`header_key`]).
    pub synonyms: &'static [&'static str],
}

const fn col(name: &'static str, needs_value: bool, in_header: bool, meaning: &'static str, synonyms: &'static [&'static str]) -> Column {
    Column { name, needs_value, in_header, meaning, synonyms }
}

const ACCOUNT: &[&str] = &["account", "account_external_id", "customer_id", "company_id", "account_key", "group_id", "org_id", "organization_id"];

const CATALOG: &[Column] = &[
    col("event", true, true, "event name as sent in track calls", &["event_name", "event_type", "name"]),
    col("module", true, true, "module key", &["module_name", "module_key", "product_area"]),
    col("feature", false, false, "feature key within the module", &["feature_name", "feature_key"]),
    col("value_event", false, false, "true when the event proves value", &["is_value_event", "value", "core_action", "key_event"]),
];

const ACCOUNTS: &[Column] = &[
    col("account_id", true, true, "the customer's id in your systems", ACCOUNT),
    col("name", true, true, "display name", &["account_name", "company_name", "company", "customer_name", "customer"]),
    col("industry", false, true, "free text", &["sector", "vertical"]),
    col("region", false, true, "free text", &["geo", "territory", "market"]),
    col("employees", false, true, "whole number", &["employee_count", "headcount", "num_employees", "number_of_employees", "company_size"]),
    col("owner", false, true, "the CSM who owns the account", &["csm", "csm_name", "account_owner", "owner_name", "customer_success_manager"]),
    col("lifecycle_stage", false, true, "onboarding, adoption, value, renewal, at_risk or churned", &["stage", "lifecycle", "lifecycle_status"]),
    col("created_at", false, true, "date the customer signed", &["created", "created_date", "created_on", "signed_date", "customer_since"]),
];

const SUBSCRIPTIONS: &[Column] = &[
    col("account_id", true, true, "an account already in the workspace", ACCOUNT),
    col("subscription_id", true, true, "the subscription's id", &["subscription", "sub_id", "contract_id"]),
    col("plan", true, true, "plan name", &["plan_name", "product", "package"]),
    col("mrr", true, true, "monthly recurring revenue, like 1250.00", &["monthly_recurring_revenue", "mrr_amount", "monthly_revenue"]),
    col("currency", true, true, "ISO 4217 code like USD", &["currency_code", "ccy"]),
    col("start_date", true, true, "first day of the period", &["start", "start_day", "period_start", "starts_on"]),
    col("end_date", false, true, "first day after the period; empty = running", &["end", "end_day", "period_end", "ends_on"]),
    col("modules", false, false, "licensed modules, ;-separated", &["licensed_modules", "products"]),
];

const CONTACTS: &[Column] = &[
    col("contact_id", true, true, "the contact's id", &["contact", "person_id"]),
    col("account_id", true, true, "an account already in the workspace", ACCOUNT),
    col("name", true, true, "full name", &["contact_name", "full_name", "person_name"]),
    col("email", false, true, "email address", &["email_address", "e_mail", "mail"]),
    col("role", true, true, "executive_sponsor, admin, champion or user", &["contact_role", "persona"]),
];

const TICKETS: &[Column] = &[
    col("ticket_id", true, true, "the ticket's id", &["ticket", "case_id", "ticket_number"]),
    col("account_id", true, true, "an account already in the workspace", ACCOUNT),
    col("opened_at", true, true, "timestamp", &["opened", "created_at", "created", "opened_date", "open_date"]),
    col("first_response_at", false, true, "timestamp", &["first_response", "first_reply_at", "first_responded_at"]),
    col("resolved_at", false, true, "timestamp; empty = open", &["resolved", "closed_at", "solved_at", "resolved_date"]),
    col("priority", true, true, "low, normal, high or urgent", &["severity", "urgency"]),
    col("csat", false, true, "satisfaction 1 to 5", &["csat_score", "satisfaction", "satisfaction_score"]),
];

const NPS: &[Column] = &[
    col("response_id", true, true, "the response's id", &["response", "survey_response_id", "nps_id"]),
    col("account_id", true, true, "an account already in the workspace", ACCOUNT),
    col("contact_id", false, true, "a contact of that account", &["contact", "respondent_id"]),
    col("responded_at", true, true, "timestamp", &["submitted_at", "response_date", "created_at", "date"]),
    col("score", true, true, "whole number 0 to 10", &["nps", "nps_score", "rating"]),
    col("comment", false, true, "free text", &["comments", "feedback", "verbatim"]),
];

const MILESTONES: &[Column] = &[
    col("milestone_id", true, true, "the milestone's id", &["milestone"]),
    col("account_id", true, true, "an account already in the workspace", ACCOUNT),
    col("title", true, true, "what is to be reached", &["milestone_name", "name"]),
    col("owner_side", true, true, "customer or vendor", &["owner", "side", "owned_by"]),
    col("due_date", true, true, "date", &["due", "due_on", "due_day", "target_date"]),
    col("completed_at", false, true, "timestamp; empty = not done", &["completed", "done_at", "completed_date", "completion_date"]),
];

/// The CSV form of events (JSONL has no header to map).
const EVENTS: &[Column] = &[
    col("timestamp", true, true, "ISO-8601 timestamp with offset", &["time", "ts", "occurred_at", "event_time", "sent_at"]),
    col("account_id", true, true, "an account already in the workspace", ACCOUNT),
    col("user_id", true, true, "who did it", &["user", "anonymous_id", "distinct_id"]),
    col("event", true, true, "event name", &["event_name", "event_type", "action"]),
    col("module", false, true, "module key; empty = from the catalog", &["module_name", "module_key", "product_area"]),
    col("message_id", true, true, "unique id, to count each event once", &["event_id", "uuid", "insert_id"]),
];

/// A warehouse's Parquet export (not CSV): the types each column may have are in docs/IMPORT.md.
const USAGE_ROLLUPS: &[Column] = &[
    col("account_id", true, true, "an account already in the workspace", ACCOUNT),
    col("day", true, true, "the UTC day, a DATE (or YYYY-MM-DD)", &["date", "event_date", "activity_date", "usage_date"]),
    col("module", true, true, "module key", &["module_name", "module_key", "product_area"]),
    col("user_id", true, true, "the user, one row per user and day", &["user", "anonymous_id", "distinct_id"]),
    col("events", true, true, "that user's events that day in that module, at least 1", &["event_count", "events_count", "count"]),
    col("value_events", true, true, "how many of them were value events", &["value_event_count", "key_events", "core_actions"]),
];

const FX: &[Column] = &[
    col("date", true, true, "day of the rate", &["day", "rate_date", "as_of"]),
    col("currency", true, true, "ISO 4217 code like CNY", &["currency_code", "ccy", "from_currency", "base"]),
    col("rate_to_reporting", true, true, "units of the reporting currency one unit is worth", &["rate", "fx_rate", "exchange_rate"]),
];

impl ImportKind {
    /// The kind's canonical columns, in the documented order.
    pub fn columns(self) -> &'static [Column] {
        match self {
            ImportKind::Catalog => CATALOG,
            ImportKind::Accounts => ACCOUNTS,
            ImportKind::Subscriptions => SUBSCRIPTIONS,
            ImportKind::Contacts => CONTACTS,
            ImportKind::Tickets => TICKETS,
            ImportKind::Nps => NPS,
            ImportKind::Milestones => MILESTONES,
            ImportKind::Events => EVENTS,
            ImportKind::UsageRollups => USAGE_ROLLUPS,
            ImportKind::Fx => FX,
        }
    }

    /// A name for people.
    pub fn label(self) -> &'static str {
        match self {
            ImportKind::Catalog => "Product catalog",
            ImportKind::Accounts => "Accounts",
            ImportKind::Subscriptions => "Subscriptions",
            ImportKind::Contacts => "Contacts",
            ImportKind::Tickets => "Support tickets",
            ImportKind::Nps => "NPS responses",
            ImportKind::Milestones => "Milestones",
            ImportKind::Events => "Usage events",
            ImportKind::UsageRollups => "Usage rollups (Parquet)",
            ImportKind::Fx => "Exchange rates",
        }
    }

    /// Columns the header must name, and columns it may name.
    pub(crate) fn header_rule(self) -> (Vec<&'static str>, Vec<&'static str>) {
        let (required, optional): (Vec<&Column>, Vec<&Column>) = self.columns().iter().partition(|c| c.in_header);
        (required.iter().map(|c| c.name).collect(), optional.iter().map(|c| c.name).collect())
    }
}

/// `Account ID`, `accountId`, `ACCOUNT-ID` and `account_id` all give `accountid`: letters
/// and digits only, lowercased, so headers that differ by case, spaces or punctuation meet.
pub fn header_key(header: &str) -> String {
    let mut out = String::new();
    for c in header.trim_start_matches('\u{feff}').chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// For each column of `kind`, in order, the header of `headers` that most likely holds it:
/// the exact name first, then the same words spelt another way, then a synonym. Each header
/// is suggested for one column at most.
pub fn suggest_mapping(kind: ImportKind, headers: &[String]) -> Vec<(&'static str, Option<String>)> {
    let columns = kind.columns();
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    let mut chosen: Vec<Option<usize>> = vec![None; columns.len()];
    let mut used = vec![false; headers.len()];
    // Pass 0: the exact name; 1: the same words spelt another way; 2: a synonym.
    let matches = |pass: usize, c: &Column, i: usize| match pass {
        0 => headers[i].trim_start_matches('\u{feff}') == c.name,
        1 => keys[i] == header_key(c.name),
        _ => c.synonyms.iter().any(|s| keys[i] == header_key(s)),
    };
    for pass in 0..3 {
        for (ci, column) in columns.iter().enumerate() {
            if chosen[ci].is_some() {
                continue;
            }
            if let Some(hi) = (0..headers.len()).find(|&i| !used[i] && matches(pass, column, i)) {
                chosen[ci] = Some(hi);
                used[hi] = true;
            }
        }
    }
    columns.iter().zip(chosen).map(|(c, h)| (c.name, h.map(|i| headers[i].clone()))).collect()
}

/// The kind a file most likely is: JSONL is events; a CSV whose headers give every column
/// that needs a value of exactly one best kind is that kind; else a kind named in the file
/// name (`hubspot_accounts.csv`); else the kind most of whose needed columns are there.
pub fn detect_kind(file_name: &str, format: EventFormat, headers: &[String]) -> Option<ImportKind> {
    if format == EventFormat::Jsonl {
        return Some(ImportKind::Events);
    }
    // (all needed columns found, share of needed columns found, columns found)
    let score = |k: ImportKind| {
        let found = suggest_mapping(k, headers);
        let needed: Vec<bool> = k.columns().iter().zip(&found).filter(|(c, _)| c.needs_value).map(|(_, f)| f.1.is_some()).collect();
        let share = needed.iter().filter(|f| **f).count() as f64 / needed.len() as f64;
        (share == 1.0, share, found.iter().filter(|f| f.1.is_some()).count())
    };
    let mut scored: Vec<(ImportKind, (bool, f64, usize))> = ImportKind::ALL.into_iter().map(|k| (k, score(k))).collect();
    scored.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    let complete: Vec<_> = scored.iter().filter(|s| s.1.0).collect();
    if let [best, rest @ ..] = complete.as_slice()
        && rest.first().is_none_or(|next| next.1.2 < best.1.2)
    {
        return Some(best.0);
    }
    let stem = header_key(file_name.rsplit_once('.').map_or(file_name, |(s, _)| s));
    let named: Vec<ImportKind> = ImportKind::ALL.into_iter().filter(|k| stem.contains(k.as_str())).collect();
    if let [only] = named.as_slice() {
        return Some(*only);
    }
    scored.first().filter(|s| s.1.1 >= 0.5).map(|s| s.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(s: &str) -> Vec<String> {
        s.split(',').map(String::from).collect()
    }

    #[test]
    fn headers_spelt_differently_map_onto_the_columns() {
        let headers = strings("Account ID,Company Name,Industry,Geo,Headcount,CSM,Stage,createdAt,Tier");
        let got = suggest_mapping(ImportKind::Accounts, &headers);
        let want = [
            ("account_id", Some("Account ID")),
            ("name", Some("Company Name")),
            ("industry", Some("Industry")),
            ("region", Some("Geo")),
            ("employees", Some("Headcount")),
            ("owner", Some("CSM")),
            ("lifecycle_stage", Some("Stage")),
            ("created_at", Some("createdAt")),
        ];
        assert_eq!(got, want.map(|(c, h)| (c, h.map(String::from))).to_vec());
    }

    #[test]
    fn an_exact_name_wins_over_a_synonym_and_headers_are_used_once() {
        // `created_at` is a synonym of opened_at, but `opened_at` itself is there.
        let headers = strings("ticket_id,created_at,opened_at,account_id,priority");
        let got = suggest_mapping(ImportKind::Tickets, &headers);
        assert_eq!(got[2], ("opened_at", Some("opened_at".to_string())));
        assert!(got.iter().all(|(_, h)| h.as_deref() != Some("created_at")));
        assert_eq!(got[3], ("first_response_at", None));
    }

    #[test]
    fn kinds_are_detected_from_headers_then_file_name() {
        let csv = EventFormat::Csv;
        let events = strings("timestamp,account_id,user_id,event,module,message_id");
        // Catalog's two needed columns are in an events file too: the fuller match wins.
        assert_eq!(detect_kind("export.csv", csv, &events), Some(ImportKind::Events));
        assert_eq!(detect_kind("x.csv", csv, &strings("Contact ID,Account,Full Name,Email,Role")), Some(ImportKind::Contacts));
        assert_eq!(detect_kind("hubspot_accounts.csv", csv, &strings("a,b")), Some(ImportKind::Accounts));
        assert_eq!(detect_kind("data.csv", csv, &strings("a,b")), None);
        assert_eq!(detect_kind("t.jsonl", EventFormat::Jsonl, &[]), Some(ImportKind::Events));
    }

    #[test]
    fn keys_ignore_case_spacing_and_punctuation() {
        for h in ["Account ID", "accountId", "ACCOUNT-ID", "account_id", "\u{feff}account_id", " Account  Id "] {
            assert_eq!(header_key(h), "accountid", "{h:?}");
        }
    }
}

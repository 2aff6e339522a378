//! The product catalog: modules, their features and the events that record them.
//!
//! The catalog doubles as the event -> module map for events that carry no
//! `properties.module`, so every event name appears exactly once.

/// One tracked event of the catalog.
#[derive(Debug, Clone, Copy)]
pub struct EventDef {
    pub name: &'static str,
    pub feature: &'static str,
    /// Completing the feature's core action (depth), not just looking at it.
    pub value: bool,
    /// Relative frequency inside the module.
    pub weight: f64,
}

/// A product module with its events.
#[derive(Debug, Clone)]
pub struct ModuleDef {
    pub id: &'static str,
    pub events: Vec<EventDef>,
}

type Spec = (
    &'static str,
    &'static [(&'static str, &'static [(&'static str, bool, f64)])],
);

/// Modules in the order they are added as `DemoConfig::modules` grows. The first
/// four are the data product of DOMAIN.md.
const SPECS: [Spec; 12] = [
    (
        "data_collection",
        &[
            (
                "sources",
                &[
                    ("source_viewed", false, 1.0),
                    ("source_connected", true, 0.08),
                ],
            ),
            (
                "pipelines",
                &[
                    ("pipeline_run_viewed", false, 0.9),
                    ("pipeline_created", true, 0.1),
                ],
            ),
            ("schemas", &[("schema_edited", false, 0.3)]),
        ],
    ),
    (
        "monitoring",
        &[
            (
                "monitors",
                &[
                    ("monitor_viewed", false, 1.6),
                    ("monitor_created", true, 0.1),
                ],
            ),
            ("uptime", &[("uptime_checked", false, 0.8)]),
            (
                "logs",
                &[("log_searched", false, 0.9), ("log_view_saved", true, 0.06)],
            ),
        ],
    ),
    (
        "visualization",
        &[
            (
                "dashboards",
                &[
                    ("dashboard_viewed", false, 2.0),
                    ("dashboard_created", true, 0.1),
                    ("dashboard_shared", false, 0.2),
                ],
            ),
            (
                "charts",
                &[("chart_viewed", false, 0.9), ("chart_edited", false, 0.3)],
            ),
        ],
    ),
    (
        "analysis",
        &[
            (
                "funnels",
                &[
                    ("funnel_viewed", false, 0.8),
                    ("funnel_built", false, 0.35),
                    ("funnel_saved", true, 0.12),
                ],
            ),
            (
                "cohorts",
                &[("cohort_viewed", false, 0.6), ("cohort_saved", true, 0.08)],
            ),
            ("queries", &[("query_run", false, 0.9)]),
        ],
    ),
    (
        "alerting",
        &[
            (
                "alerts",
                &[
                    ("alert_viewed", false, 1.0),
                    ("alert_rule_created", true, 0.1),
                ],
            ),
            (
                "incidents",
                &[
                    ("incident_viewed", false, 0.6),
                    ("incident_acknowledged", true, 0.2),
                ],
            ),
        ],
    ),
    (
        "reporting",
        &[
            (
                "reports",
                &[
                    ("report_viewed", false, 1.0),
                    ("report_exported", false, 0.3),
                    ("report_scheduled", true, 0.08),
                ],
            ),
            ("digests", &[("digest_opened", false, 0.5)]),
        ],
    ),
    (
        "integrations",
        &[
            (
                "connectors",
                &[
                    ("integration_viewed", false, 0.8),
                    ("integration_enabled", true, 0.08),
                ],
            ),
            (
                "webhooks",
                &[
                    ("webhook_created", true, 0.06),
                    ("webhook_tested", false, 0.3),
                ],
            ),
        ],
    ),
    (
        "governance",
        &[
            (
                "access",
                &[
                    ("access_reviewed", false, 0.5),
                    ("role_assigned", true, 0.1),
                ],
            ),
            ("audit", &[("audit_log_viewed", false, 0.7)]),
        ],
    ),
    (
        "collaboration",
        &[
            ("comments", &[("comment_added", false, 0.9)]),
            (
                "workspaces",
                &[
                    ("workspace_viewed", false, 0.8),
                    ("workspace_created", true, 0.06),
                ],
            ),
        ],
    ),
    (
        "forecasting",
        &[(
            "forecasts",
            &[
                ("forecast_viewed", false, 1.0),
                ("forecast_adjusted", false, 0.3),
                ("forecast_published", true, 0.08),
            ],
        )],
    ),
    (
        "experimentation",
        &[(
            "experiments",
            &[
                ("experiment_viewed", false, 1.0),
                ("experiment_launched", true, 0.08),
                ("experiment_concluded", true, 0.05),
            ],
        )],
    ),
    (
        "administration",
        &[
            (
                "users",
                &[("user_invited", true, 0.1), ("settings_viewed", false, 0.6)],
            ),
            ("billing", &[("invoice_viewed", false, 0.2)]),
        ],
    ),
];

/// Module ids whose position matters to the model.
pub const DATA_COLLECTION: usize = 0;
pub const MONITORING: usize = 1;
pub const VISUALIZATION: usize = 2;
pub const ANALYSIS: usize = 3;

pub const MIN_MODULES: usize = 4;
pub const MAX_MODULES: usize = SPECS.len();

/// The first `n` modules of the catalog.
pub fn modules(n: usize) -> Vec<ModuleDef> {
    SPECS
        .iter()
        .take(n)
        .map(|(id, features)| ModuleDef {
            id,
            events: features
                .iter()
                .flat_map(|(feature, events)| {
                    events.iter().map(|&(name, value, weight)| EventDef {
                        name,
                        feature,
                        value,
                        weight,
                    })
                })
                .collect(),
        })
        .collect()
}

/// Cumulative weights of a module's events, for a user who completes core
/// actions `depth` times as often as the catalog baseline.
pub fn cumulative_weights(module: &ModuleDef, depth: f64) -> Vec<f64> {
    let mut acc = 0.0;
    module
        .events
        .iter()
        .map(|e| {
            acc += if e.value { e.weight * depth } else { e.weight };
            acc
        })
        .collect()
}

/// Writes catalog.csv and returns the number of rows.
pub fn write(path: &std::path::Path, modules: &[ModuleDef]) -> Result<u64, crate::DemoError> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(["event", "module", "feature", "value_event"])?;
    let mut rows = 0;
    for m in modules {
        for e in &m.events {
            w.write_record([
                e.name,
                m.id,
                e.feature,
                if e.value { "true" } else { "false" },
            ])?;
            rows += 1;
        }
    }
    w.flush()?;
    Ok(rows)
}

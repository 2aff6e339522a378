//! The settings every view is computed with, from one JSON document: the metrics' scorecard and
//! alert thresholds at the top level, a `segments` section (needs clustering, value tiers) and
//! `capacity` (accounts per CSM by value tier). The CLI reads it from `--settings FILE`.

/// Everything one settings document configures.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub metrics: metrics::Settings,
    pub segments: segments::SegmentSettings,
    pub capacity: playbooks::CoverageRatios,
}

impl Config {
    /// Parses a settings document; the error names the section that is wrong.
    pub fn from_json(text: &str) -> Result<Config, String> {
        let mut value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut take = |key: &str| value.as_object_mut().and_then(|o| o.remove(key));
        let segments = match take("segments") {
            Some(v) => serde_json::from_value(v).map_err(|e| format!("segments: {e}"))?,
            None => segments::SegmentSettings::default(),
        };
        let capacity = match take("capacity") {
            Some(v) => serde_json::from_value(v).map_err(|e| format!("capacity: {e}"))?,
            None => playbooks::CoverageRatios::default(),
        };
        let metrics = metrics::Settings::from_json(&value.to_string()).map_err(|e| e.to_string())?;
        Ok(Config { metrics, segments, capacity })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_read_and_errors_name_them() {
        let c = Config::from_json(r#"{"capacity": {"Enterprise": 12}}"#).unwrap();
        assert_eq!(c.capacity.0.get("Enterprise"), Some(&12.0));
        let d = Config::default();
        let e = Config::from_json(r#"{"segments": 5}"#).unwrap_err();
        assert!(e.starts_with("segments: "), "{e}");
        assert_eq!(Config::from_json("{}").unwrap().metrics.scorecard.green_at, d.metrics.scorecard.green_at);
    }
}

//! Saved segments: a computed segmentation (needs or value) replaces the previous one of
//! its kind; a saved rule is stored under its name with its expression, so it can be
//! recomputed on newer data. Each save is one transaction.

use serde::Serialize;
use sqlx::Row;

use crate::segmentation::Segmentation;
use crate::Error;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SavedSegment {
    pub key: String,
    pub name: String,
    pub kind: String,
    #[ts(type = "unknown")]
    pub definition: serde_json::Value,
    pub computed_at: Option<String>,
    pub accounts: i64,
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Stores the segmentation. `name` is required for rules (their key is `rule:<slug of name>`)
/// and ignored otherwise.
pub async fn save(ws: &store::Workspace, seg: &Segmentation, name: Option<&str>) -> Result<Vec<String>, Error> {
    let mut tx = ws.pool().begin().await?;
    let mut keys = Vec::new();
    let rows: Vec<(String, String, serde_json::Value)> = match (seg.by.as_str(), &seg.rule) {
        ("rule", Some(rule)) => {
            let name = name.map(str::trim).filter(|n| !n.is_empty()).ok_or_else(|| Error::Settings(i18n::Text::new("segments-rule-needs-name")))?;
            vec![(format!("rule:{}", slug(name)), name.to_string(), serde_json::json!({ "expr": rule }))]
        }
        (kind, _) => {
            sqlx::query("DELETE FROM segments WHERE kind = ?").bind(kind).execute(&mut *tx).await?;
            seg.segments
                .iter()
                .map(|p| (format!("{kind}:{}", slug(&p.segment)), p.segment.clone(), serde_json::to_value(p).unwrap_or_default()))
                .collect()
        }
    };
    for (key, label, definition) in rows {
        sqlx::query("DELETE FROM segments WHERE key = ?").bind(&key).execute(&mut *tx).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO segments (key, name, kind, definition, computed_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&key)
        .bind(&label)
        .bind(&seg.by)
        .bind(definition.to_string())
        .bind(&seg.as_of)
        .fetch_one(&mut *tx)
        .await?;
        let segment_name = if seg.by == "rule" { seg.rule.clone().unwrap_or_default() } else { label };
        for m in seg.memberships.iter().filter(|m| m.segment == segment_name) {
            sqlx::query("INSERT INTO segment_memberships (segment_id, account_id) SELECT ?, id FROM accounts WHERE external_id = ?")
                .bind(id)
                .bind(&m.account_id)
                .execute(&mut *tx)
                .await?;
        }
        keys.push(key);
    }
    tx.commit().await?;
    Ok(keys)
}

/// Every saved segment with its member count, by kind then name.
pub async fn saved(ws: &store::Workspace) -> Result<Vec<SavedSegment>, Error> {
    let rows = sqlx::query(
        "SELECT s.key, s.name, s.kind, s.definition, s.computed_at,
                (SELECT COUNT(*) FROM segment_memberships m WHERE m.segment_id = s.id) AS n
         FROM segments s ORDER BY s.kind, s.name",
    )
    .fetch_all(ws.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let def: String = r.try_get("definition")?;
            Ok(SavedSegment {
                key: r.try_get("key")?,
                name: r.try_get("name")?,
                kind: r.try_get("kind")?,
                definition: serde_json::from_str(&def).unwrap_or(serde_json::Value::String(def)),
                computed_at: r.try_get("computed_at")?,
                accounts: r.try_get("n")?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs_are_readable_keys() {
        assert_eq!(super::slug("Monitoring + Visualization (deep use)"), "monitoring-visualization-deep-use");
        assert_eq!(super::slug("  EMEA big, low breadth "), "emea-big-low-breadth");
    }
}

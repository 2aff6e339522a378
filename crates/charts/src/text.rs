//! Making customer text safe and short enough to draw. SVG escaping of `<`, `&` and `>` is
//! done by plotters' SVG backend; what it does not do is drop the control characters XML
//! forbids, which a name pasted from a spreadsheet can carry.

/// Removes characters XML 1.0 cannot hold (C0 controls other than tab/newline, U+FFFE/FFFF)
/// and turns tabs and newlines into spaces: a label is one line.
pub fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Cuts `s` to at most `max` characters, ending with "…" when it was longer.
pub fn ellipsize(s: &str, max: usize) -> String {
    let s = clean(s);
    if s.chars().count() <= max {
        return s;
    }
    let keep = max.saturating_sub(1);
    let mut out: String = s.chars().take(keep).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

/// Like [`ellipsize`], but a trailing " (n)" count survives: "Analysis + Reporting + Vis… (92)".
pub fn ellipsize_keeping_count(s: &str, max: usize) -> String {
    let s = clean(s);
    match s.rsplit_once(" (") {
        Some((head, tail)) if tail.ends_with(')') && s.chars().count() > max => {
            let tail = format!(" ({tail}");
            format!("{}{tail}", ellipsize(head, max.saturating_sub(tail.chars().count()).max(4)))
        }
        _ => ellipsize(&s, max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_and_ellipsizes() {
        assert_eq!(clean("Acme\u{0}\u{7} Inc.\tEMEA\n"), "Acme Inc. EMEA");
        assert_eq!(ellipsize("Monitoring", 20), "Monitoring");
        assert_eq!(ellipsize("Monitoring and alerting", 11), "Monitoring…");
        assert_eq!(ellipsize("数据收集与可视化平台", 5), "数据收集…");
        assert_eq!(ellipsize("מוניטורינג", 20), "מוניטורינג");
        assert_eq!(ellipsize("🚀🚀🚀🚀", 3), "🚀🚀…");
        assert_eq!(ellipsize_keeping_count("Analysis + Reporting + Visualization (92)", 30), "Analysis + Reporting + V… (92)");
        assert_eq!(ellipsize_keeping_count("Short (3)", 30), "Short (3)");
        assert_eq!(ellipsize_keeping_count("No count at all in this long label", 12), "No count at…");
    }
}

//! Escaping customer text for XML. Written here rather than taken from quick-xml because
//! escaping alone is not enough: XML 1.0 cannot hold most control characters at all, and a
//! name pasted from a spreadsheet can carry them, so they are dropped.

/// `s` as XML character data or attribute value: `& < > " '` escaped, characters XML 1.0
/// forbids removed.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Points to English Metric Units (12,700 per point).
pub fn emu(points: f64) -> i64 {
    (points * 12_700.0).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_what_xml_cannot_hold() {
        assert_eq!(esc(r#"<script>alert("x") & 'y'</script>"#), "&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;");
        assert_eq!(esc("Acme\u{0}\u{7}\tInc"), "Acme Inc");
        assert_eq!(esc("数据 مراقبة 🚀"), "数据 مراقبة 🚀");
        assert_eq!(emu(960.0), 12_192_000);
        assert_eq!(emu(540.0), 6_858_000);
    }
}

use proptest::prelude::*;

use super::*;

fn facts(pairs: &[(&str, Fact)]) -> Facts {
    pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

fn known() -> Vec<(String, FactKind)> {
    [("arr", FactKind::Number), ("breadth", FactKind::Number), ("region", FactKind::Text), ("name", FactKind::Text)]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

#[test]
fn the_issue_example_selects_by_hand() {
    let r = parse(r#"arr > 50000 and breadth < 0.5 and region = "EMEA""#).unwrap();
    r.check(&known()).unwrap();
    let acme = facts(&[("arr", Fact::Num(60_000.0)), ("breadth", Fact::Num(0.25)), ("region", Fact::Text("emea".into()))]);
    assert!(r.matches(&acme), "text compares ignore case");
    let big_but_broad = facts(&[("arr", Fact::Num(60_000.0)), ("breadth", Fact::Num(0.5)), ("region", Fact::Text("EMEA".into()))]);
    assert!(!r.matches(&big_but_broad), "0.5 is not < 0.5");
    let no_region = facts(&[("arr", Fact::Num(60_000.0)), ("breadth", Fact::Num(0.1))]);
    assert!(!r.matches(&no_region));
    assert_eq!(r.to_string(), r#"arr > 50000 and breadth < 0.5 and region = "EMEA""#);
}

#[test]
fn precedence_lists_contains_and_missing() {
    let r = parse("arr = 1 OR arr = 2 && NOT (region is missing)").unwrap();
    assert_eq!(r.to_string(), "arr = 1 or arr = 2 and not region is missing");
    let two_no_region = facts(&[("arr", Fact::Num(2.0))]);
    assert!(!r.matches(&two_no_region));
    assert!(r.matches(&facts(&[("arr", Fact::Num(1.0))])), "or binds looser than and");
    let r = parse(r#"region in ("EMEA", 'NA') and name contains "freight""#).unwrap();
    assert!(r.matches(&facts(&[("region", Fact::Text("NA".into())), ("name", Fact::Text("Helios Freight".into()))])));
    let ne = parse(r#"region != "EMEA""#).unwrap();
    assert!(!ne.matches(&facts(&[])), "a missing fact matches no comparison");
    assert!(parse("region is missing").unwrap().matches(&facts(&[])));
    assert!(parse("1_000 < 2").is_err(), "a value is not a field");
    assert!(parse("arr >= 1_000.5").unwrap().matches(&facts(&[("arr", Fact::Num(2000.0))])));
    assert!(parse("arr < -0.5").unwrap().matches(&facts(&[("arr", Fact::Num(-1.0))])));
}

#[test]
fn errors_point_at_the_column() {
    let cases = [
        ("arr >", 6, "expected a value after '>'"),
        ("arr >> 5", 6, "expected a value after '>'"),
        ("arr > 5 and", 12, "unexpected end of expression"),
        (r#"region = "EMEA"#, 10, "unclosed string"),
        ("(arr > 5", 9, "expected ')'"),
        ("arr 5", 5, "expected a comparison"),
        ("arr > 5 region", 9, "expected 'and', 'or' or the end"),
        ("arr > 5 ; x", 9, "unexpected character ';'"),
        ("region in (\"A\" \"B\")", 16, "expected ',' or ')'"),
    ];
    for (expr, column, message) in cases {
        match parse(expr) {
            Err(Error::Rule { column: c, message: m, .. }) => {
                let m = m.render(i18n::Lang::En);
                assert_eq!(c, column, "{expr}: {m}");
                assert!(m.starts_with(message), "{expr}: {m}");
            }
            other => panic!("{expr}: {other:?}"),
        }
    }
    let e = parse("arrr > 5").unwrap().check(&known()).unwrap_err();
    assert_eq!(e.code(), "unknown_field");
    assert!(e.to_string().contains("did you mean 'arr'?"), "{e}");
    let e = parse("region > 5").unwrap().check(&known()).unwrap_err();
    assert_eq!(e.to_string(), "'region' is text, so `>` 5 cannot compare it (in `region > 5`)");
    assert_eq!(parse(r#"arr in (1, "x")"#).unwrap().check(&known()).unwrap_err().code(), "type_mismatch");
    assert_eq!(parse(r#"arr contains "1""#).unwrap().check(&known()).unwrap_err().code(), "type_mismatch");
}

fn arb_rule() -> impl Strategy<Value = Rule> {
    let field = prop::sample::select(vec!["arr", "breadth", "region", "attributes.tier"]).prop_map(String::from);
    let literal = prop_oneof![
        (-1e6f64..1e6).prop_map(|n| Literal::Num((n * 100.0).round() / 100.0)),
        "[a-zA-Z \"'\\\\]{0,8}".prop_map(Literal::Text),
    ];
    let op = prop::sample::select(vec![CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge]);
    let leaf = prop_oneof![
        (field.clone(), op, literal.clone()).prop_map(|(field, op, value)| Rule::Cmp { field, op, value }),
        (field.clone(), prop::collection::vec(literal, 1..3)).prop_map(|(field, values)| Rule::In { field, values }),
        (field.clone(), "[a-z]{0,5}").prop_map(|(field, needle)| Rule::Contains { field, needle }),
        (field, any::<bool>()).prop_map(|(field, negated)| Rule::Missing { field, negated }),
    ];
    leaf.prop_recursive(4, 16, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Rule::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Rule::Or(Box::new(a), Box::new(b))),
            inner.prop_map(|a| Rule::Not(Box::new(a))),
        ]
    })
}

proptest! {
    /// Saved rules round-trip: parsing the canonical form gives back the same rule.
    #[test]
    fn display_round_trips(rule in arb_rule()) {
        let text = rule.to_string();
        prop_assert_eq!(parse(&text).unwrap(), rule, "{}", text);
    }
}

#[test]
fn a_parse_error_reads_in_each_language_with_its_column() {
    let e = parse("arr >").unwrap_err();
    assert_eq!(e.text().render(i18n::Lang::En), "expected a value after '>' at column 6 in `arr >`");
    assert_eq!(e.text().render(i18n::Lang::Fr), "valeur attendue après «\u{a0}>\u{a0}» à la colonne 6 de `arr >`");
    assert_eq!(e.text().render(i18n::Lang::ZhCn), "`arr >` 第 6 列：“>”之后应为一个值");
}

//! An import error names file, line and field in every language, with its reason translated
//! and the values from the file left as they are.

mod common;

use common::*;
use i18n::Lang;
use import::{Error, ImportKind};

const ACC_H: &str = "account_id,name,industry,region,employees,owner,lifecycle_stage,created_at";

#[tokio::test]
async fn a_bad_accounts_row_is_explained_in_each_language() {
    let w = workspace().await;
    let body = format!(
        "{ACC_H}\nacme,Acme,Software,EMEA,120,Dana,adoption,2025-01-01\nhooli,Hooli,Software,NA,many,Dana,adoption,2025-01-01\n"
    );
    let p = w.file("accounts.csv", body);
    let e = w.import(ImportKind::Accounts, &p).await.expect_err("employees is not a number");
    let file = p.display().to_string();
    let text = e.text();
    assert_eq!(
        text.render(Lang::En),
        format!("{file}:3: field `employees`: expected a number from 0 to 10,000,000, got \"many\"")
    );
    assert_eq!(
        text.render(Lang::Fr),
        format!("{file}, ligne 3, champ «\u{a0}employees\u{a0}»\u{202f}: nombre de 0 à 10\u{202f}000\u{202f}000 attendu, valeur reçue «\u{a0}many\u{a0}»")
    );
    assert_eq!(
        text.render(Lang::ZhCn),
        format!("{file} 第 3 行，字段“employees”：应为 0 到 10,000,000 之间的数字，实际为“many”")
    );
    assert_eq!(e.to_string(), text.render(Lang::En), "logs read the English message");
}

#[tokio::test]
async fn a_missing_required_value_and_a_bad_header_are_translated_too() {
    let w = workspace().await;
    let p = w.file("accounts.csv", format!("{ACC_H}\n,Acme,Software,EMEA,120,Dana,adoption,2025-01-01\n"));
    let e = w.import(ImportKind::Accounts, &p).await.expect_err("account_id is required");
    let file = p.display().to_string();
    assert_eq!(e.text().render(Lang::Fr), format!("{file}, ligne 2, champ «\u{a0}account_id\u{a0}»\u{202f}: vide, alors qu’il est obligatoire"));
    assert_eq!(e.text().render(Lang::ZhCn), format!("{file} 第 2 行，字段“account_id”：为空，但此字段为必填"));

    let p = w.file("accounts2.csv", "account_id,name,name\nacme,Acme,Acme\n");
    let e = w.import(ImportKind::Accounts, &p).await.expect_err("a column twice");
    assert!(matches!(e, Error::Header { .. }), "{e:?}");
    let file = p.display().to_string();
    assert_eq!(e.to_string(), format!("{file}:1: header: column `name` appears twice"));
    assert_eq!(e.text().render(Lang::Fr), format!("{file}, en-tête\u{202f}: la colonne «\u{a0}name\u{a0}» apparaît deux fois"));
    assert_eq!(e.text().render(Lang::ZhCn), format!("{file} 表头：列“name”出现了两次"));
}

#[test]
fn every_import_error_has_a_message_in_every_language() {
    let file = std::path::PathBuf::from("x.csv");
    let reason = domain::ParseError::Integer("x".into()).text();
    let errors = [
        Error::Row { file: file.clone(), line: 2, field: "f".into(), reason: reason.clone() },
        Error::Cell { file: file.clone(), group: 0, row: 7, column: "events".into(), reason: reason.clone() },
        Error::Header { file: file.clone(), reason: reason.clone() },
        Error::File { file: file.clone(), reason },
        Error::Io { file: file.clone(), source: std::io::Error::other("disk") },
        Error::Cancelled { file },
        Error::Store(store::Error::EmptyPassphrase),
        Error::Db(sqlx::Error::RowNotFound),
    ];
    for e in errors {
        for lang in Lang::ALL {
            let shown = e.text().render(lang);
            assert!(i18n::catalog::has(lang, &e.text().key), "{lang:?}: {}", e.text().key);
            assert!(!shown.contains("error-"), "{lang:?}: a raw key in {shown:?}");
        }
        assert_eq!(e.text().render(Lang::En), e.to_string(), "{}", e.code());
    }
}

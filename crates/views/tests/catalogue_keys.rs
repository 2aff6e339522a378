//! The names the views hand the app (import kinds and columns, inbox groups, scorecard
//! components) are catalogue keys built from ids; each must exist in every language, or the
//! app would show a raw key.

use i18n::{Lang, Text, catalog::has};

fn assert_everywhere(text: &Text) {
    for lang in Lang::ALL {
        assert!(has(lang, &text.key), "{lang} lacks {}", text.key);
        assert_ne!(text.render(lang), text.key);
    }
}

#[test]
fn every_import_kind_and_column_is_named_in_every_language() {
    let kinds = views::import_flow::kinds();
    assert_eq!(kinds.len(), import::ImportKind::ALL.len());
    for k in &kinds {
        assert_everywhere(&k.label);
        assert_everywhere(&k.hint);
        for c in &k.columns {
            assert_everywhere(&c.meaning);
        }
    }
    let accounts = kinds.iter().find(|k| k.id == "accounts").unwrap();
    assert_eq!(accounts.label.render(Lang::ZhCn), "客户");
    assert_eq!(accounts.label.render(Lang::Fr), "Comptes");
}

#[test]
fn every_inbox_group_is_named_in_every_language() {
    for g in views::playbooks_view::InboxGroup::ALL {
        assert_everywhere(&g.label());
    }
    assert_eq!(views::playbooks_view::InboxGroup::Overdue.label().render(Lang::ZhCn), "已逾期");
}

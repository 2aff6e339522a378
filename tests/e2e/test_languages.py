"""The journey once per language: a new workspace whose first screen is switched to the
language before anything else, the demo book of that language, the portfolio home, an
account's 360 and its QBR preview, which playbooks work and whether the score's weights can
do better, each checked for the language's words and formats and saved as a screenshot in
E2E_OUT/<lang>/. The expected words are written out here by hand
(not read from the catalogues), so a wrong or missing translation fails."""

import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import OUT, App

PASSPHRASE = "a long e2e passphrase"
DEMO_TIMEOUT_S = 240

LANGS = {
    "en": {
        "welcome": "Welcome to Waypoint",
        "nav": {"home": "Portfolio", "accounts": "Accounts", "qbr": "QBR", "settings": "Settings"},
        # The home's "as of" line carries the book's last day in the language's date format.
        "date": r"[A-Z][a-z]{2} \d{1,2}, \d{4}",
        "qbr_title": "Quarterly Business Review",
        "effect": {"ticket-spike": "Works", "detractor-follow-up": "Not proven"},
        "tune_auc": r"ROC AUC for churn on the held-out days: current weights {auc}; fitted weights {auc}",
        "auc": r"0\.\d\d \(95% interval 0\.\d\d to [01]\.\d\d\)",
    },
    "fr": {
        "welcome": "Bienvenue dans Waypoint",
        "nav": {"home": "Portefeuille", "accounts": "Comptes", "qbr": "QBR", "settings": "Réglages"},
        "date": r"\d{1,2} [a-zéû]+\.? \d{4}",
        "qbr_title": "revue trimestrielle",
        "effect": {"ticket-spike": "Efficace", "detractor-follow-up": "Non prouvé"},
        # Decimal comma, and the narrow no-break space before the colon and semicolon.
        "tune_auc": r"AUC ROC du churn sur les jours mis de côté\u202f: poids actuels {auc}\u202f; poids ajustés {auc}",
        "auc": r"0,\d\d \(intervalle à 95[\u00a0\u202f]% de 0,\d\d à [01],\d\d\)",
    },
    "zh-CN": {
        "welcome": "欢迎使用 Waypoint",
        "nav": {"home": "客户组合", "accounts": "客户", "qbr": "季度业务回顾", "settings": "设置"},
        "date": r"\d{4}年\d{1,2}月\d{1,2}日",
        "qbr_title": "季度",
        "effect": {"ticket-spike": "有效", "detractor-follow-up": "未证实"},
        "tune_auc": r"留出日上流失的 ROC AUC：当前权重 {auc}；拟合权重 {auc}",
        "auc": r"0\.\d\d（95% 区间 0\.\d\d 至 [01]\.\d\d）",
    },
}


@pytest.fixture(params=list(LANGS), ids=list(LANGS))
def lang_app(request, workdir):
    lang = request.param
    a = App(workdir / f"book-{lang}.waypoint")
    out = OUT / lang
    out.mkdir(parents=True, exist_ok=True)
    yield lang, a, out
    a.quit()


def nav(app, section):
    app.click(f"nav [data-nav='{section}']")


def test_the_journey_in_each_language(lang_app):
    lang, app, out = lang_app
    want = LANGS[lang]
    app.wait("[data-testid='first-run']")
    # The language is chosen on the very first screen, before any workspace exists.
    Select(app.wait("[data-testid='language-menu']")).select_by_value(lang)
    app.wait_until(lambda: app.text("[data-testid='first-run'] h1") == want["welcome"], what=f"{lang}-welcome")
    assert app.d.execute_script("return document.documentElement.lang") == lang
    app.type("[data-testid='new-passphrase']", PASSPHRASE)
    app.type("[data-testid='repeat-passphrase']", PASSPHRASE)
    app.click("[data-testid='create-workspace']")
    app.click("[data-testid='load-demo']")
    app.wait("[data-testid='chart-mrr']", timeout=DEMO_TIMEOUT_S)
    app.wait_until(lambda: app.image_loaded("[data-testid='chart-mrr']"), what=f"{lang}-mrr")
    for section, label in want["nav"].items():
        assert app.text(f"nav [data-nav='{section}'] .label") == label, section
    as_of = app.text("[data-testid='home-as-of']")
    assert re.search(want["date"], as_of), as_of
    app.shot(f"{lang}/home")

    nav(app, "accounts")
    app.wait("[role='grid'] [role='row'] [role='gridcell']").click()
    app.wait("[data-testid='account']")
    app.wait_until(lambda: app.image_loaded("[data-testid='chart-module-stack']"), what=f"{lang}-module-stack")
    app.shot(f"{lang}/account-360")

    app.click("[data-testid='generate-qbr']")
    app.wait("[data-testid='qbr']")
    app.wait_until(lambda: len(app.finds("[data-testid='qbr-slide']")) == 12, timeout=120, what=f"{lang}-qbr-slides")
    first = app.finds("[data-testid='qbr-slide']")[0].get_attribute("textContent") or ""
    assert want["qbr_title"] in first, first[:300]
    app.shot(f"{lang}/qbr-preview")

    # Which playbooks work: the verdicts in the language, read by playbook.
    nav(app, "playbooks")
    app.click("[role='tab'][id$='-tab-playbooks']")
    app.click("[data-testid='playbooks-effect-run']")
    app.wait("[data-testid='playbook-effect']", timeout=240)
    for key, word in want["effect"].items():
        line = app.text(f"li[data-key='{key}'] [data-testid='playbook-effect']")
        assert word in line, (key, line)
    app.d.execute_script("document.querySelector(\"[data-key='ticket-spike']\").scrollIntoView()")
    app.shot(f"{lang}/playbook-effects")

    # Can the weights do better: the held-out AUCs in the language's number format.
    nav(app, "settings")
    app.click("[data-testid='tune-run']")
    app.wait("[data-testid='tune-weights']", timeout=180)
    auc = app.text("[data-testid='tune-auc']")
    assert re.fullmatch(want["tune_auc"].replace("{auc}", want["auc"]), auc), auc
    app.d.execute_script("document.querySelector(\"[data-testid='tune']\").scrollIntoView()")
    app.shot(f"{lang}/tune")
    assert (out / "home.png").exists() and (out / "qbr-preview.png").exists() and (out / "tune.png").exists()

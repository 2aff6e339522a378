"""First screen of the real Waypoint app, driven through tauri-driver (see run.sh)."""

import json
import os
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.remote.client_config import ClientConfig
from selenium.webdriver.remote.remote_connection import RemoteConnection
from selenium.webdriver.support.ui import WebDriverWait

DRIVER_URL = os.environ["E2E_DRIVER_URL"]
APP_BIN = os.environ["WAYPOINT_APP_BIN"]
WORKSPACE = os.environ["WAYPOINT_WORKSPACE"]
# Either the first screen must show this many accounts, or (EXPECT_ERROR_CODE set) the error view.
EXPECT_ERROR_CODE = os.environ.get("EXPECT_ERROR_CODE", "")
EXPECT_ACCOUNTS = None if EXPECT_ERROR_CODE else int(os.environ["EXPECT_ACCOUNTS"])
# Optional: a file with `waypoint status --json` output; every count on screen must match it.
EXPECT_STATUS_JSON = os.environ.get("EXPECT_STATUS_JSON", "")
OUT = Path(os.environ["E2E_OUT"])
SCREEN_TIMEOUT_S = float(os.environ.get("E2E_SCREEN_TIMEOUT", "30"))


@pytest.fixture(scope="module")
def driver():
    options = ArgOptions()
    options.set_capability("tauri:options", {"application": APP_BIN})
    started = time.monotonic()
    # Every HTTP call to the driver times out, so a stuck app fails the test instead of hanging it.
    connection = RemoteConnection(client_config=ClientConfig(remote_server_addr=DRIVER_URL, timeout=60))
    session = webdriver.Remote(command_executor=connection, options=options)
    session.set_page_load_timeout(30)
    session.set_script_timeout(10)
    session.started_at = started
    try:
        yield session
    finally:
        session.quit()


def wait_for_screen(driver):
    """Waits until the first screen has settled on either the overview or the error view."""

    def settled(d):
        found = d.find_elements(By.CSS_SELECTOR, "main[data-screen='ready'], main[data-screen='failed']")
        return found[0] if found else False

    try:
        return WebDriverWait(driver, SCREEN_TIMEOUT_S, poll_frequency=0.1).until(settled)
    except TimeoutException:
        driver.save_screenshot(str(OUT / "timeout.png"))
        raise


def settle_paint(driver):
    """Two animation frames and a short pause, so a screenshot shows the current frame."""
    driver.execute_async_script(
        "const done = arguments[0];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));"
    )
    time.sleep(0.5)


def shown_error(driver):
    error = driver.find_element(By.CSS_SELECTOR, "[data-testid='error']")
    message = driver.find_element(By.CSS_SELECTOR, "[data-testid='error-message']").text
    return error.get_attribute("data-code"), message


@pytest.mark.skipif(bool(EXPECT_ERROR_CODE), reason="EXPECT_ERROR_CODE is set: checking the error view")
def test_home_shows_workspace_and_account_count(driver):
    main = wait_for_screen(driver)
    ready_s = time.monotonic() - driver.started_at
    print(f"\nfirst screen settled {ready_s:.2f}s after session request")

    if main.get_attribute("data-screen") == "failed":
        code, message = shown_error(driver)
        settle_paint(driver)
        driver.save_screenshot(str(OUT / "error.png"))
        pytest.fail(f"app shows error {code}: {message}")

    accounts = driver.find_element(By.CSS_SELECTOR, "[data-testid='count-accounts'] .value").text
    assert accounts == f"{EXPECT_ACCOUNTS:,}"

    if EXPECT_STATUS_JSON:
        expected = json.loads(Path(EXPECT_STATUS_JSON).read_text())
        shown = {
            tile.get_attribute("data-testid").removeprefix("count-"): tile.find_element(By.CSS_SELECTOR, ".value").text
            for tile in driver.find_elements(By.CSS_SELECTOR, "[data-testid^='count-']")
        }
        assert shown == {key: f"{count:,}" for key, count in expected.items()}

    shown_path = driver.find_element(By.CSS_SELECTOR, "[data-testid='workspace-path']").text
    assert shown_path == str(Path(WORKSPACE).resolve())
    name = driver.find_element(By.CSS_SELECTOR, "[data-testid='workspace-name']").text
    assert name == Path(WORKSPACE).stem

    assert driver.title == "Waypoint"
    settle_paint(driver)
    assert driver.save_screenshot(str(OUT / "home.png")), "screenshot failed"


@pytest.mark.skipif(not EXPECT_ERROR_CODE, reason="set EXPECT_ERROR_CODE to check the error view")
def test_home_shows_the_expected_error(driver):
    main = wait_for_screen(driver)
    assert main.get_attribute("data-screen") == "failed", "expected the error view"
    code, message = shown_error(driver)
    print(f"\nerror view: {code}: {message}")
    assert code == EXPECT_ERROR_CODE
    assert message.strip(), "the error's message is shown"
    settle_paint(driver)
    assert driver.save_screenshot(str(OUT / "error.png")), "screenshot failed"

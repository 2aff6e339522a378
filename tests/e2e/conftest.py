"""Shared driving helpers: start the real app through tauri-driver, wait, screenshot."""

import os
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.remote.client_config import ClientConfig
from selenium.webdriver.remote.file_detector import UselessFileDetector
from selenium.webdriver.remote.remote_connection import RemoteConnection
from selenium.webdriver.support.ui import WebDriverWait

DRIVER_URL = os.environ["E2E_DRIVER_URL"]
APP_BIN = os.environ["WAYPOINT_APP_BIN"]
OUT = Path(os.environ["E2E_OUT"])


class App:
    """One running app window on one workspace file."""

    def __init__(self, workspace: Path):
        options = ArgOptions()
        options.set_capability("tauri:options", {"application": APP_BIN, "args": ["--workspace", str(workspace)]})
        self.started_at = time.monotonic()
        # Every HTTP call to the driver times out, so a stuck app fails the test instead of hanging it.
        connection = RemoteConnection(client_config=ClientConfig(remote_server_addr=DRIVER_URL, timeout=180))
        self.d = webdriver.Remote(command_executor=connection, options=options)
        self.d.set_page_load_timeout(30)
        # Typed paths are text for the app's path fields: Selenium would otherwise try to upload
        # a typed path that exists as a file (an endpoint tauri-driver does not have).
        self.d.file_detector = UselessFileDetector()
        self.d.set_script_timeout(30)

    def quit(self):
        self.d.quit()

    def wait(self, css: str, timeout: float = 30, visible: bool = True):
        """The first element matching `css` (visible unless told otherwise), waiting for it."""

        def found(d):
            for e in d.find_elements(By.CSS_SELECTOR, css):
                if not visible or e.is_displayed():
                    return e
            return False

        try:
            return WebDriverWait(self.d, timeout, poll_frequency=0.1).until(found)
        except TimeoutException:
            self.shot(f"timeout-{css.replace(' ', '_').replace('/', '_')[:60]}")
            raise

    def wait_until(self, predicate, timeout: float = 30, what: str = "condition"):
        try:
            return WebDriverWait(self.d, timeout, poll_frequency=0.1).until(lambda d: predicate())
        except TimeoutException:
            self.shot(f"timeout-{what}")
            raise

    def text(self, css: str) -> str:
        """The element's text as the DOM holds it (WebDriver's visible text drops clipped text)."""
        return (self.wait(css).get_attribute("textContent") or "").strip()

    def find(self, css: str):
        return self.d.find_element(By.CSS_SELECTOR, css)

    def finds(self, css: str):
        return self.d.find_elements(By.CSS_SELECTOR, css)

    def into_view(self, e):
        """Scrolls an element to the middle of its scroll container: the app scrolls inside
        <main>, and WebKitWebDriver refuses to click what is outside it."""
        self.d.execute_script("arguments[0].scrollIntoView({block: 'center'});", e)
        return e

    def type(self, css: str, text: str):
        e = self.into_view(self.wait(css))
        e.clear()
        e.send_keys(text)
        return e

    def click(self, css: str, timeout: float = 30):
        e = self.into_view(self.wait(css, timeout))
        e.click()
        return e

    def image_loaded(self, css: str) -> bool:
        """An <img> that decoded (a broken data: URL has naturalWidth 0)."""
        return bool(self.d.execute_script(
            "let i = document.querySelector(arguments[0]);"
            "if (i && i.tagName !== 'IMG') i = i.querySelector('img');"
            "return !!i && i.complete && i.naturalWidth > 0;", css))

    def shot(self, name: str):
        """Two animation frames, then a screenshot of the window into the output folder."""
        try:
            self.d.execute_async_script(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));")
        except Exception:  # a screenshot of a broken page is still worth taking
            pass
        time.sleep(0.3)
        path = OUT / f"{name}.png"
        assert self.d.save_screenshot(str(path)), f"screenshot {path} failed"
        return path


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("e2e")

"""The real app under `streamlit run` and a page of Debian's Chromium, shared by browser tests.

A test module turns these into module-scoped fixtures. Chromium missing skips the test, except in
CI (CI=true), where it fails: `.ci/run` installs it. Playwright's own browser download
(`playwright install`) is never used. Screenshots and server logs land in tests/artifacts/.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import MINI_CORPUS, REPO
from .processes import free_port, stop

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
STARTUP_SECONDS = 120
WORK_MS = 240_000  # model loading and the first indexing on a slow CI machine


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.read() == b"ok"
    except OSError:
        return False


def require_chromium() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("/usr/bin/chromium is missing; .ci/run must install chromium")
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")


@contextmanager
def streamlit_app(data_dir: Path, log_name: str = "streamlit.log") -> Iterator[str]:
    """`streamlit run app.py` on 127.0.0.1 and a free port with its own data folder; its URL."""
    require_chromium()
    ARTIFACTS.mkdir(exist_ok=True)
    port = free_port()
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data_dir),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS),
           "CONTRACT_ASSISTANT_LLM_PROVIDER": "none", "HF_HUB_OFFLINE": "1"}
    log = (ARTIFACTS / log_name).open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not healthy(url):
            assert server.poll() is None, f"streamlit exited; see tests/artifacts/{log_name}"
            assert time.monotonic() < deadline, "streamlit did not answer /_stcore/health"
            time.sleep(0.5)
        yield url
    finally:
        stop(server)
        log.close()


@contextmanager
def browser_page(url: str, height: int = 1000) -> Iterator:
    """A Chromium tab on the app, downloads accepted, patient enough for a first indexing."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": height},
                                      accept_downloads=True)
        tab = context.new_page()
        tab.set_default_timeout(WORK_MS)
        tab.goto(url)
        yield tab
        browser.close()


def shot(page, name: str, full_page: bool = False) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)

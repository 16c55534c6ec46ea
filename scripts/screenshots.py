"""Takes the README screenshots (docs/screenshots/*.png) from the real app.

    .venv/bin/python scripts/screenshots.py [--only dashboard,chat,compare,portfolio]

Starts `streamlit run app.py` on a free local port with a throw-away data folder, loads the
"lacunaire" sample contract in Debian's Chromium (/usr/bin/chromium) and captures the checklist
dashboard and a short conversation; then loads the restrictive sample and captures its
reversibility tab (the headline states the assessment); then loads the complete sample and its
version 2 and
captures the Compare tab with a changed clause open on its redline; then loads three more
samples and captures the Portfolio view.
"""
from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
SAMPLE = "lacunaire"
# Loaded in this order, new then old, so the old one is the contract analysed.
COMPARED = (("contre-proposition", "fr-infogerance-complet-v2.pdf"),
            ("complet (SEVA", "fr-infogerance-complet.pdf"))
# Loaded for the portfolio view, beside those already loaded: (sample title, file).
PORTFOLIO = (("lacunaire", "fr-infogerance-lacunaire.pdf"),
             ("complet (SEVA", "fr-infogerance-complet.pdf"),
             ("réversibilité faible", "fr-reversibilite-faible.docx"),
             ("Managed Services", "en-managed-services.pdf"))
SHOTS = ("dashboard", "chat", "reversibility", "compare", "portfolio")
QUESTIONS = ("La clause de responsabilité est-elle favorable au client ?",
             "Quelles mentions obligatoires manquent ?")
RESTRICTIVE = ("clauses restrictives", "fr-saas-restrictif.pdf")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
WORK_MS = 300_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SHOTS),
                        help="comma-separated screenshots to take: " + ", ".join(SHOTS))
    wanted = {name.strip() for name in parser.parse_args().only.split(",")}
    OUT.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": data, "HF_HUB_OFFLINE": "1",
               "CONTRACT_ASSISTANT_LLM_PROVIDER": "none"}
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address",
             "127.0.0.1", "--server.port", str(port), "--server.headless", "true"],
            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_healthy(url)
            _capture(url, wanted)
        finally:
            server.terminate()
            server.wait(timeout=20)


def _wait_healthy(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the app did not start")


def _capture(url: str, wanted: set[str]) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1180})
        page.set_default_timeout(WORK_MS)
        page.goto(url)
        page.get_by_text("Déposez un contrat ou chargez un exemple").wait_for()
        if wanted & {"dashboard", "chat"}:
            _capture_dashboard_and_chat(page, wanted)
        if "reversibility" in wanted:
            _capture_reversibility(page)
        if "compare" in wanted:
            _capture_compare(page)
        if "portfolio" in wanted:
            _capture_portfolio(page)
        browser.close()
    print(f"wrote {', '.join(sorted(wanted))} in {OUT}")


def _capture_dashboard_and_chat(page, wanted: set[str]) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text="Ou essayez").click()
    page.get_by_role("option", name=SAMPLE).click()
    page.get_by_role("button", name="Charger l'exemple").click()
    page.locator("[data-testid=stDataFrame] canvas").first.wait_for()
    page.locator(".vega-embed").first.wait_for()
    time.sleep(2)  # the chart and the grid finish drawing
    if "dashboard" in wanted:
        page.screenshot(path=str(OUT / "dashboard.png"))
    if "chat" not in wanted:
        return
    page.get_by_role("tab", name="Questions").click()
    for number, question in enumerate(QUESTIONS):
        box = page.get_by_test_id("stChatInputTextArea")
        box.fill(question)
        box.press("Enter")
        # Every answer ends with a caption saying how it was written.
        page.get_by_test_id("stChatMessage").nth(2 * number + 1).get_by_text(
            "Réponse").wait_for()
    page.get_by_test_id("stChatMessage").first.evaluate(
        "element => element.scrollIntoView({block: 'start'})")
    time.sleep(1)
    page.screenshot(path=str(OUT / "chat.png"))


def _load_sample(page, name: str, file: str) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text="Ou essayez").click()
    page.get_by_role("option", name=name).click()
    page.get_by_role("button", name="Charger l'exemple").click()
    page.get_by_text(re.compile(rf"^{re.escape(file)} : \d+ pages")).wait_for()


def _capture_reversibility(page) -> None:
    """The restrictive sample's reversibility tab: the assessment in words, its quoted reasons."""
    title, file = RESTRICTIVE
    # The last samples of the list are off screen: typed, the list filters them in.
    page.get_by_test_id("stSelectbox").filter(has_text="Ou essayez").click()
    page.keyboard.type(title)
    page.get_by_role("option", name=title).click()
    page.get_by_role("button", name="Charger l'exemple").click()
    page.get_by_text(re.compile(rf"^{re.escape(file)} : \d+ pages")).wait_for()
    page.get_by_role("tab", name="Réversibilité").click()
    page.get_by_text("Réversibilité restrictive :").wait_for()
    time.sleep(1)
    page.screenshot(path=str(OUT / "reversibility.png"))


def _capture_compare(page) -> None:
    """The complete sample against its version 2: summary and one changed clause opened."""
    for name, file in COMPARED:
        _load_sample(page, name, file)
    page.get_by_role("tab", name="Comparer").click()
    page.get_by_test_id("stMultiSelect").filter(has_text="Nouvelle version").click()
    page.get_by_role("option", name="fr-infogerance-complet-v2.pdf").click()
    page.keyboard.press("Escape")
    page.get_by_test_id("stMarkdown").filter(has_text="moins favorable —").first.wait_for()
    item = page.get_by_test_id("stExpander").filter(
        has_text="Niveaux de service (SLA/QoS) — moins favorable")
    item.locator("summary").click()
    item.locator("del").first.wait_for()
    page.get_by_test_id("stMetric").filter(has_text="Moins favorables").evaluate(
        "element => element.scrollIntoView({block: 'start'})")
    time.sleep(1)
    page.screenshot(path=str(OUT / "compare.png"))


def _capture_portfolio(page) -> None:
    """The Portfolio view over the samples loaded: table, heatmap and downloads."""
    for name, file in PORTFOLIO:
        page.get_by_test_id("stSelectbox").filter(has_text="Ou essayez").click()
        page.keyboard.type(name)  # the list is longer than the screen: typing filters it
        page.get_by_role("option", name=name).click()
        page.get_by_role("button", name="Charger l'exemple").click()
        page.get_by_text(re.compile(rf"^{re.escape(file)} : \d+ pages")).wait_for()
    page.get_by_text("Portefeuille", exact=True).click()
    page.get_by_text(re.compile(r"contrat\(s\) affiché\(s\) sur")).wait_for()
    page.locator("[data-testid=stDataFrame] canvas").first.wait_for()
    page.locator(".vega-embed").first.wait_for()
    page.set_viewport_size({"width": 1440, "height": 1900})  # the table and the whole heatmap
    time.sleep(2)  # the chart and the grid finish drawing
    page.screenshot(path=str(OUT / "portfolio.png"))


if __name__ == "__main__":
    main()

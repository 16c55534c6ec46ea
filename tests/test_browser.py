"""End to end: the real app under `streamlit run`, driven in Debian's Chromium with Playwright.

Screenshots of each step land in tests/artifacts/ (ignored by git). The test is skipped when
/usr/bin/chromium is missing, except in CI (CI=true), where that is a failure: `.ci/run`
installs Chromium. Playwright's own browser download (`playwright install`) is never used.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser_support import browser_page, healthy, shot, streamlit_app
from .builders import FRENCH_CONTRACT, make_pdf

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with streamlit_app(tmp_path_factory.mktemp("e2e"), "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def page(app_url: str):
    with browser_page(app_url, height=1000) as tab:
        yield tab


def _shot(page, name: str) -> None:
    shot(page, name)


def test_health_endpoint_answers_ok(app_url: str) -> None:
    assert healthy(app_url)


def test_upload_check_evidence_chat_and_pdf_report(page, tmp_path: Path) -> None:
    from pypdf import PdfReader

    contract = make_pdf(tmp_path / "contrat-fr.pdf", FRENCH_CONTRACT,
                        header="Contrat n° 2024-017 – Confidentiel", footer="Page {page}/{pages}")
    page.get_by_text("Déposez un contrat ou chargez un exemple").wait_for()
    _shot(page, "01-start")

    # Upload: the status reports the steps, then the dashboard appears.
    page.locator("input[type=file]").set_input_files(str(contract))
    page.get_by_text("contrat-fr.pdf : 3 pages").wait_for()
    page.get_by_text("Score de couverture").wait_for()
    page.get_by_test_id("stDataFrame").first.wait_for()  # other tabs hold tables too
    items = page.get_by_test_id("stExpander")
    present = items.filter(has_text=re.compile("Durée — Présent"))  # not "sa durée — Présent"
    absent = items.filter(has_text=re.compile("— Absent"))
    assert present.count() == 1
    assert absent.count() >= 1
    _shot(page, "02-dashboard")

    # Evidence: the item opens on its quote, and the page is drawn with the quote highlighted.
    present.locator("summary").click()
    present.get_by_text("trois (3) ans").first.wait_for()
    # The clause's evidence first; the reasons of its assessment quote the contract too.
    present.get_by_text("p. 1 · Article 2 – Durée").first.wait_for()
    present.get_by_text("Voir dans le document").first.click()
    present.get_by_test_id("stImage").wait_for()
    present.scroll_into_view_if_needed()
    _shot(page, "03-evidence")

    # Chat: an answer with a citation of the contract's page and article.
    page.get_by_role("tab", name="Questions").click()
    chat = page.get_by_test_id("stChatInputTextArea")
    chat.fill("Que prévoit la clause de réversibilité ?")
    chat.press("Enter")
    answer = page.get_by_test_id("stChatMessage").nth(1)
    answer.get_by_text("Sources (").wait_for()
    assert "p. 2" in answer.inner_text()
    assert "Article 4 – Réversibilité" in answer.inner_text()
    _shot(page, "04-chat")

    # Export: the PDF report downloads and opens, with the accented text intact.
    page.get_by_role("tab", name="Exports").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Rapport PDF").click()
    assert download.value.suggested_filename == "contrat-fr-gap-analysis.pdf"
    report = PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
    first_page = report.pages[0].extract_text()
    assert "Analyse des écarts – contrat-fr.pdf" in first_page
    assert "Réversibilité" in " ".join(p.extract_text() for p in report.pages)
    _shot(page, "05-exports")

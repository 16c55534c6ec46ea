"""End to end: the Compare tab of the real app under `streamlit run`, in Debian's Chromium.

The complete sample is loaded as the analysed contract, its version 2 is dropped on the Compare
tab's own uploader, and the page must show the summary (worst first) and a word redline.
Screenshots land in tests/artifacts/ (ignored by git). Same server and browser set-up as
tests/test_browser.py.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser_support import browser_page, shot, streamlit_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with streamlit_app(tmp_path_factory.mktemp("e2e"), "streamlit-compare.log") as url:
        yield url


@pytest.fixture(scope="module")
def page(app_url: str):
    with browser_page(app_url, height=1100) as tab:
        yield tab


def _shot(page, name: str) -> None:
    shot(page, name)


def test_compare_tab_shows_the_summary_a_redline_and_exports_a_word_redline(
        page, sample_folder: Path) -> None:
    import docx

    page.get_by_text("Déposez un contrat ou chargez un exemple").wait_for()
    page.get_by_test_id("stFileUploader").filter(has_text="Déposez un ou plusieurs").locator(
        "input[type=file]").set_input_files(str(sample_folder / "fr-infogerance-complet.pdf"))
    page.get_by_text("Score de couverture").wait_for()

    page.get_by_role("tab", name="Comparer").click()
    page.get_by_text("Choisissez les deux versions à comparer.").wait_for()
    page.get_by_test_id("stFileUploader").filter(has_text="Ou déposez la nouvelle version").locator(
        "input[type=file]").set_input_files(str(sample_folder / "fr-infogerance-complet-v2.pdf"))

    # The summary, worst first: the four worse items before the changed term.
    summary = page.get_by_test_id("stMarkdown").filter(has_text="moins favorable —")
    summary.first.wait_for()
    lines = [s.inner_text() for s in page.get_by_test_id("stMarkdown").filter(
        has_text=" — ").all() if "·" in s.inner_text()]
    assert any("disponibilité : 99,8 % → 99,5 %" in line for line in lines)
    assert any("plafond des pénalités : 15 % → 10 %" in line for line in lines)
    assert any("article supprimé : Article 14 – Continuité de service" in line for line in lines)
    assert "modifié" in lines[-1] and "durée : 3 ans → 2 ans" in lines[-1]
    _shot(page, "11-compare-summary")

    # A changed clause opens on both quotes and the redline of its article.
    item = page.get_by_test_id("stExpander").filter(
        has_text="Niveaux de service (SLA/QoS) — moins favorable")
    item.locator("summary").click()
    item.locator("del", has_text="99,8").first.wait_for()
    assert item.locator("ins", has_text="99,5").count() >= 1
    assert "Le taux de disponibilité garanti" in item.inner_text()
    item.scroll_into_view_if_needed()
    _shot(page, "12-compare-redline")

    with page.expect_download() as download:
        page.get_by_role("button", name="Comparaison Word").click()
    assert download.value.suggested_filename == "fr-infogerance-complet-v2-comparison.docx"
    document = docx.Document(io.BytesIO(Path(download.value.path()).read_bytes()))
    runs = [r for p in document.paragraphs for r in p.runs]
    assert any(r.font.strike and "99,8" in r.text for r in runs)
    assert any(r.font.underline and "99,5" in r.text for r in runs)

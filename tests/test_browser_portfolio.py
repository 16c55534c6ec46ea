"""End to end: the Portfolio view of the real app under `streamlit run`, in Debian's Chromium.

Three sample contracts are dropped on the uploader; the Portfolio view must list them, filter
to the one missing its reversibility clause, download the table as XLSX, and open that
contract's dashboard in one click. Screenshots land in tests/artifacts/ (ignored by git). Same
server and browser set-up as tests/test_browser.py.
"""
from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser_support import browser_page, shot, streamlit_app

pytestmark = pytest.mark.browser
CONTRACTS = ["fr-infogerance-lacunaire.pdf", "fr-reversibilite-faible.docx",
             "en-managed-services.pdf"]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with streamlit_app(tmp_path_factory.mktemp("e2e"), "streamlit-portfolio.log") as url:
        yield url


@pytest.fixture(scope="module")
def page(app_url: str):
    with browser_page(app_url, height=1300) as tab:
        yield tab


def _shot(page, name: str) -> None:
    shot(page, name, full_page=True)


def _settled(page) -> None:
    """Wait for the rerun to finish: elements of the previous run are marked stale until then."""
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')")
    time.sleep(0.5)


def _open_buttons(page) -> list[str]:
    group = page.get_by_test_id("stButtonGroup").filter(has_text="Ouvrir le tableau de bord")
    return sorted(b.inner_text().strip() for b in group.locator("button[data-variant=pills]")
                  .all())


def test_portfolio_lists_the_samples_filters_to_missing_reversibility_and_opens_one(
        page, sample_folder: Path) -> None:
    from openpyxl import load_workbook

    page.get_by_text("Déposez un contrat ou chargez un exemple").wait_for()
    page.get_by_test_id("stFileUploader").filter(has_text="Déposez un ou plusieurs").locator(
        "input[type=file]").set_input_files([str(sample_folder / name) for name in CONTRACTS])
    for name in CONTRACTS:
        page.get_by_text(f"{name} :", exact=False).first.wait_for()
    page.get_by_text("Score de couverture").wait_for()

    page.get_by_text("Portefeuille", exact=True).click()
    page.get_by_text("3 contrat(s) affiché(s) sur 3").wait_for()
    _settled(page)
    page.get_by_test_id("stDataFrame").first.wait_for()
    page.locator(".vega-embed").first.wait_for()
    assert _open_buttons(page) == sorted(CONTRACTS)
    _shot(page, "21-portfolio")

    page.get_by_test_id("stMultiSelect").filter(has_text="Mentions obligatoires manquantes") \
        .click()
    page.keyboard.type("Réversib")  # the list of options is long: narrow it first
    page.get_by_role("option", name="Réversibilité").click()
    page.keyboard.press("Escape")
    page.get_by_text("1 contrat(s) affiché(s) sur 3").wait_for()
    _settled(page)
    assert _open_buttons(page) == ["fr-infogerance-lacunaire.pdf"]
    _shot(page, "22-portfolio-missing-reversibility")

    with page.expect_download() as download:
        page.get_by_role("button", name="Tableau Excel (XLSX)").click()
    assert download.value.suggested_filename == "portfolio.xlsx"
    sheet = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    rows = list(sheet.iter_rows(values_only=True))
    columns = list(rows[0])
    assert [r[0] for r in rows[1:]] == ["fr-infogerance-lacunaire.pdf"]
    assert rows[1][columns.index("status_reversibility")] == "absent"

    page.get_by_test_id("stButtonGroup").filter(has_text="Ouvrir le tableau de bord").locator(
        "button[data-variant=pills]", has_text="fr-infogerance-lacunaire.pdf").click()
    page.get_by_test_id("stMetric").filter(has_text="Score de couverture").wait_for()
    page.get_by_test_id("stMultiSelect").filter(has_text="fr-infogerance-lacunaire.pdf") \
        .wait_for()
    _shot(page, "23-portfolio-opened")

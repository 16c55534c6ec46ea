"""The app's portfolio view under AppTest, on the real model and store: the table of the
session's contracts, the filter on a missing item, downloads, and one click to a dashboard."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from .builders import FRENCH_CONTRACT, make_pdf
from .conftest import REPO, app_settings_env

APP = str(REPO / "app.py")
TIMEOUT = 300  # the first run loads the embedding model
# A short contract written for this test: scope, term and law, no reversibility at all.
WITHOUT_EXIT = [[
    "CONTRAT DE MAINTENANCE N° 2025-M-09",
    "Entre la Ville de Montbrison, collectivité territoriale (ci-après « le Client »), et la "
    "société Forez Informatique, SARL (ci-après « le Prestataire »).",
    "Article 1 – Objet",
    "Le Prestataire assure la maintenance des postes de travail et des serveurs du Client.",
    "Article 2 – Durée",
    "Le contrat est conclu pour une durée de deux (2) ans à compter du 1er avril 2025.",
    "Article 3 – Droit applicable",
    "Le présent contrat est soumis au droit français.",
]]


@pytest.fixture(scope="module", autouse=True)
def app_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh data folder and the small test corpus, read by the app's Settings()."""
    with app_settings_env(tmp_path_factory.mktemp("app-portfolio") / "data") as data:
        yield data


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> AppTest:
    """One browser session with two contracts uploaded, showing the portfolio."""
    folder = tmp_path_factory.mktemp("contracts")
    files = [make_pdf(folder / "contrat-fr.pdf", FRENCH_CONTRACT),
             make_pdf(folder / "maintenance-montbrison.pdf", WITHOUT_EXIT)]
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    at.file_uploader(key="uploads").set_value(
        [(p.name, p.read_bytes(), "application/pdf") for p in files])
    at.run()
    assert not at.exception, at.exception
    at.segmented_control(key="view").set_value("portfolio").run()
    assert not at.exception, at.exception
    return at


def _shown(at: AppTest) -> list[str]:
    return list(at.dataframe(key="pf_table").value["contract"])


def test_the_portfolio_lists_every_contract_with_its_statuses_and_values(session):
    assert sorted(_shown(session)) == ["contrat-fr.pdf", "maintenance-montbrison.pdf"]
    table = session.dataframe(key="pf_table").value.set_index("contract")
    assert table.loc["contrat-fr.pdf", "s_reversibility"] in ("Présent", "Partiel")
    assert table.loc["maintenance-montbrison.pdf", "s_reversibility"] == "Absent"
    assert table.loc["maintenance-montbrison.pdf", "v_client"] == "Ville de Montbrison"
    assert table.loc["maintenance-montbrison.pdf", "v_start_date"] == "2025-04-01"
    assert [c.value for c in session.caption if "affiché" in c.value] == [
        "2 contrat(s) affiché(s) sur 2"]


def test_filtering_on_a_missing_item_and_downloading_what_is_shown(session):
    session.multiselect(key="pf_missing").set_value(["reversibility"]).run()
    assert not session.exception
    assert _shown(session) == ["maintenance-montbrison.pdf"]
    labels = [b.label for b in session.get("download_button")]
    assert labels == ["Tableau Excel (XLSX)", "Tableau CSV", "Registre d'information DORA (CSV)"]
    session.multiselect(key="pf_missing").set_value([]).run()
    session.selectbox(key="pf_item").set_value("reversibility").run()
    session.pills(key="pf_status").set_value(["present", "partial"]).run()
    assert _shown(session) == ["contrat-fr.pdf"]
    session.selectbox(key="pf_item").set_value(None).run()
    session.pills(key="pf_languages").set_value(["fr"]).run()
    assert len(_shown(session)) == 2


def test_one_click_opens_the_contracts_dashboard_and_back(session):
    assert sorted(session.pills(key="pf_open").options) == sorted(_shown(session))
    target = session.session_state["portfolio_shown"][
        _shown(session).index("maintenance-montbrison.pdf")]
    session.pills(key="pf_open").set_value(target).run()
    assert not session.exception
    assert session.session_state["view"] == "contract"
    assert session.session_state["selected"] == [target]
    assert any("Score de couverture" in m.label for m in session.metric)
    session.segmented_control(key="view").set_value("portfolio").run()
    session.segmented_control(key="view").set_value("contract").run()
    assert not session.exception
    assert session.session_state["selected"] == [target]


def test_the_register_of_the_session_has_the_documented_columns_and_values(session):
    from assistant.portfolio.register import REGISTER_COLUMNS, to_register_csv

    rows = list(session.session_state["portfolio_rows"].values())
    records = {r["contract_files"]: r for r in csv.DictReader(io.StringIO(to_register_csv(rows)))}
    assert list(records["maintenance-montbrison.pdf"]) == list(REGISTER_COLUMNS)
    entry = records["maintenance-montbrison.pdf"]
    assert (entry["contract_reference"], entry["ict_third_party_provider"]) == (
        "2025-M-09", "Forez Informatique")
    assert (entry["exit_plan_or_reversibility"], entry["end_date"]) == ("absent", "")

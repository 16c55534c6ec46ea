"""The Streamlit app under AppTest, on the real model and store: upload, checklist, chat, exports.

Each AppTest is one browser session with its own random owner; they share one data folder, as
the sessions of a deployed app do.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from .builders import FRENCH_CONTRACT, make_docx, make_pdf
from .conftest import REPO, app_settings_env

APP = str(REPO / "app.py")
TIMEOUT = 300  # the first run loads the embedding model


@pytest.fixture(scope="module", autouse=True)
def app_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh data folder and the small test corpus, read by the app's Settings()."""
    with app_settings_env(tmp_path_factory.mktemp("app") / "data") as data:
        yield data


@pytest.fixture(scope="module")
def contract_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("contracts")
    return make_pdf(folder / "contrat-fr.pdf", FRENCH_CONTRACT).read_bytes()


def new_session() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader(key="uploads").set_value(
        [(name, data, "application/octet-stream") for name, data in files])
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture(scope="module")
def checked(contract_pdf: bytes) -> AppTest:
    """One session with the French test contract uploaded (shared by read-only tests)."""
    return upload(new_session(), ("contrat-fr.pdf", contract_pdf))


def expander_labels(at: AppTest) -> list[str]:
    return [e.label for e in at.expander]


def test_first_screen_invites_an_upload_in_offline_mode() -> None:
    at = new_session()
    assert [i.value for i in at.info] == ["Déposez un contrat ou chargez un exemple pour "
                                          "commencer."]
    assert at.title[0].value.endswith("Assistant contrats d'infogérance")
    assert any("Mode extractif : aucune connexion." in c.value for c in at.sidebar.caption)
    assert any(c.value == "Aucun document indexé." for c in at.sidebar.caption)


def test_upload_shows_the_checklist_dashboard(checked: AppTest) -> None:
    metrics = {m.label: m.value for m in checked.metric}
    assert set(metrics) == {"Score de couverture", "Présentes", "Partielles", "Absentes",
                            "Obligatoires à revoir", "À risque"}
    assert metrics["Score de couverture"].endswith(" / 100")
    assert int(metrics["Présentes"]) + int(metrics["Partielles"]) + int(metrics["Absentes"]) == 22
    labels = expander_labels(checked)
    durée = next(label for label in labels if label.startswith("**Durée**"))
    assert ":green[Présent]" in durée
    assert any(":red[Absent]" in label for label in labels)
    table = checked.dataframe[0].value
    assert len(table) == 22
    assert list(table.columns) == ["Statut", "Évaluation", "Mention", "Sévérité", "Confiance",
                                   "Pages"]
    assert table.set_index("Mention").loc["Durée", "Pages"] == "1"
    assert set(table["Évaluation"]) <= {"Adéquate", "Faible", "Restrictive", "Non évaluée"}


def test_item_expands_to_its_evidence_with_page_and_section(checked: AppTest) -> None:
    durée = next(e for e in checked.expander if e.label.startswith("**Durée**"))
    quotes = [m.value for m in durée.markdown if m.value.startswith("> ")]
    assert quotes and "trois (3) ans" in quotes[0]
    assert "p. 1 · Article 2 – Durée" in [c.value for c in durée.caption]


def test_show_in_document_renders_the_page(checked: AppTest) -> None:
    checked.toggle(key="page-duration-0").set_value(True).run()
    assert not checked.exception
    durée = next(e for e in checked.expander if e.label.startswith("**Durée**"))
    assert len(durée.get("image")) == 1
    assert not any("pas pu être situé" in c.value for c in durée.caption)  # quote was found
    checked.toggle(key="page-duration-0").set_value(False).run()


def test_absent_item_gives_its_recommendation(checked: AppTest) -> None:
    absent = next(e for e in checked.expander if ":red[Absent]" in e.label)
    assert [m.value for m in absent.markdown] == [
        "_Aucun passage du contrat ne traite ce point._"]
    assert len(absent.info) == 1 and absent.info[0].value


def test_reversibility_tab_shows_the_clause_and_its_evidence(checked: AppTest) -> None:
    tab = next(t for t in checked.tabs if "Réversibilité" in t.label)
    heading = tab.subheader[0].value
    # A transition period, the data returned in CSV and the provider's help: adequate.
    assert "Réversibilité adéquate : prévoit période de transition" in heading
    assert tab.caption[0].value.startswith("Clause de réversibilité : ")
    assert any(m.value.startswith("> ") for m in tab.markdown)  # a quoted passage
    assert "p. 2 · Article 4 – Réversibilité" in [c.value for c in tab.caption]
    assert any(h.value == "Valeurs clés du contrat" for h in tab.subheader)


def test_bad_file_gets_one_error_line_and_the_good_file_goes_through(contract_pdf: bytes) -> None:
    at = upload(new_session(), ("broken.pdf", b"this is not a PDF"),
                ("contrat-fr.pdf", contract_pdf))
    assert [e.value for e in at.error] == [
        "broken.pdf: not a PDF file (the content does not start like a PDF)"]
    assert at.multiselect(key="selected").value == [
        next(d for d in at.session_state["assistant"].documents()
             if d.name == "contrat-fr.pdf").doc_id]
    assert len(at.metric) == 6


def test_chat_answers_with_citations_and_keeps_the_history(checked: AppTest) -> None:
    checked.chat_input(key="chat").set_value("Que prévoit la clause de réversibilité ?").run()
    assert not checked.exception
    messages = checked.chat_message
    assert [m.name for m in messages] == ["user", "assistant"]
    answer = messages[1]
    assert "réversibilité" in answer.markdown[0].value.lower()
    sources = answer.expander[0]
    assert sources.label.startswith("Sources (")
    assert any(m.value.startswith("**[1]** Contrat · contrat-fr.pdf · p. 2") for m in
               sources.markdown)
    checked.button(key="suggest-Quelle est la durée du contrat ?").click().run()
    assert [m.name for m in checked.chat_message] == ["user", "assistant"] * 2
    assert "trois (3) ans" in checked.chat_message[3].markdown[0].value


def test_exports_produce_every_file(checked: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The download buttons carry the real files, made once and kept across reruns."""
    from docx import Document
    from pypdf import PdfReader
    from streamlit.delta_generator import DeltaGenerator

    offered: dict[str, tuple] = {}
    original = DeltaGenerator.download_button

    def record(self, label, data, file_name=None, mime=None, **kwargs):
        offered[label] = (data, file_name, mime, kwargs.get("disabled", False))
        return original(self, label, data, file_name, mime, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", record)
    checked.run()
    assert not checked.exception
    assert set(offered) == {"Rapport Markdown", "Rapport PDF", "Rapport Word", "Checklist CSV",
                            "Checklist JSON", "Conversation (Markdown)"}
    markdown, name, mime, _ = offered["Rapport Markdown"]
    assert (name, mime) == ("contrat-fr-gap-analysis.md", "text/markdown")
    assert markdown.decode().startswith("# Analyse des écarts – contrat-fr.pdf")
    pdf = PdfReader(io.BytesIO(offered["Rapport PDF"][0]))
    assert "Analyse des écarts" in pdf.pages[0].extract_text()
    word = Document(io.BytesIO(offered["Rapport Word"][0]))
    assert word.paragraphs[0].text == "Analyse des écarts – contrat-fr.pdf"
    rows = list(csv.DictReader(io.StringIO(offered["Checklist CSV"][0].decode("utf-8-sig"))))
    assert len(rows) == 22
    assert b'"playbook"' in offered["Checklist JSON"][0]
    chat, chat_name, _, disabled = offered["Conversation (Markdown)"]
    assert (chat_name, disabled) == ("contrat-fr-conversation.md", False)  # after the chat test
    assert "## 1. Que prévoit la clause de réversibilité ?" in chat.splitlines()
    # A rerun offers the very same PDF object, so a button drawn by the previous run still works.
    first_pdf = offered["Rapport PDF"][0]
    checked.run()
    assert offered["Rapport PDF"][0] is first_pdf


def test_documents_are_private_to_their_session_until_shared(contract_pdf: bytes) -> None:
    owner = upload(new_session(), ("private-contract.pdf", contract_pdf + b"\n%private"))
    name = "private-contract.pdf"
    other = new_session()
    assert not any(name in m.value for m in other.sidebar.markdown)
    doc = next(d for d in owner.session_state["assistant"].documents() if d.name == name)
    owner.button(key=f"share-{doc.doc_id}").click().run()
    other.run()
    assert any(m.value.startswith(f"**{name}**") and "partagé" in m.value
               for m in other.sidebar.markdown)


def test_removing_a_document_empties_the_dashboard(contract_pdf: bytes) -> None:
    at = upload(new_session(), ("to-remove.pdf", contract_pdf + b"\n%remove"))
    doc = next(d for d in at.session_state["assistant"].documents() if d.name == "to-remove.pdf")
    at.button(key=f"remove-{doc.doc_id}").click().run()
    assert not at.exception
    assert all(d.doc_id != doc.doc_id for d in at.session_state["assistant"].documents())
    assert len(at.metric) == 0


def test_english_interface_translates_labels_but_keeps_the_quotes(checked: AppTest) -> None:
    checked.segmented_control(key="lang").set_value("en").run()
    assert not checked.exception
    assert checked.title[0].value.endswith("Outsourcing contract assistant")
    labels = expander_labels(checked)
    assert any(label.startswith("**Term / duration**") for label in labels)
    term = next(e for e in checked.expander if e.label.startswith("**Term / duration**"))
    assert any("trois (3) ans" in m.value for m in term.markdown)
    assert [b.label for b in checked.button if b.key and b.key.startswith("suggest-")][:2] == [
        "Which required clauses are missing?", "What does the reversibility clause provide?"]
    checked.segmented_control(key="lang").set_value("fr").run()


def test_docx_upload_shows_the_passage_instead_of_a_page(tmp_path: Path) -> None:
    docx_file = make_docx(tmp_path / "contrat.docx", [
        ("h1", "Article 1 – Durée"),
        ("p", "Le contrat est conclu pour une durée de deux (2) ans à compter de sa signature."),
        ("h1", "Article 2 – Droit applicable"),
        ("p", "Le présent contrat est soumis au droit français."),
    ])
    at = upload(new_session(), ("contrat.docx", docx_file.read_bytes()))
    at.toggle(key="page-duration-0").set_value(True).run()
    durée = next(e for e in at.expander if e.label.startswith("**Durée**"))
    assert "Aperçu de page disponible pour les PDF ; voici le passage :" in [
        c.value for c in durée.caption]
    assert any(":orange-background[" in m.value for m in durée.markdown)


def test_unreachable_llm_server_is_flagged_in_the_sidebar() -> None:
    at = new_session()
    at.selectbox(key="llm_provider").set_value("ollama").run()
    at.text_input(key="llm_model").set_value("llama3")
    at.text_input(key="llm_base_url").set_value("http://127.0.0.1:9").run()
    assert not at.exception
    assert any("Serveur injoignable" in c.value and "http://127.0.0.1:9" in c.value
               for c in at.sidebar.caption)


def _hand_made(view: str) -> None:
    """A script showing one view of the hand-made French report (tests/exports)."""
    import streamlit as st  # AppTest runs this function's source on its own

    from assistant.analysis.playbooks import load_playbook
    from tests.exports.test_report import french_report
    from ui.checklist import checklist_tab, reversibility_tab

    st.session_state.setdefault("lang", "fr")
    report = french_report()
    if view == "checklist":
        checklist_tab(None, report, load_playbook("infogerance"), [report.document])
    else:
        reversibility_tab(None, report, [report.document])


def test_dashboard_shows_the_assessment_beside_each_status_and_filters_at_risk() -> None:
    at = AppTest.from_function(_hand_made, args=("checklist",), default_timeout=60).run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("Mention")
    assert table.loc["Réversibilité", "Évaluation"] == "Faible"
    assert table.loc["Durée", "Évaluation"] == "Adéquate"
    assert table.loc["Assurances", "Évaluation"] == "Non évaluée"
    assert {m.label: m.value for m in at.metric}["À risque"] == "1"
    labels = [e.label for e in at.expander]
    assert "**Réversibilité** — :orange[Partiel] · :orange[:material/shield: Faible] · 71%" \
        in labels
    reversibility = next(e for e in at.expander if e.label.startswith("**Réversibilité**"))
    texts = [m.value for m in reversibility.markdown]
    assert "**Évaluation : :orange[:material/shield: Faible]**" in texts
    assert "**1.** clause mince, sans plan de réversibilité, période de transition" in texts
    assert "p. 4 · Article 9 – Réversibilité" in [c.value for c in reversibility.caption]
    at.toggle(key="risk_filter").set_value(True).run()
    assert [e.label.split(" — ")[0] for e in at.expander] == ["**Réversibilité**"]


def test_reversibility_headline_states_the_assessment_in_words() -> None:
    at = AppTest.from_function(_hand_made, args=("reversibility",), default_timeout=60).run()
    assert not at.exception
    assert at.subheader[0].value == (":orange[:material/shield:] Réversibilité faible : clause "
                                     "mince, sans plan de réversibilité, période de transition")
    assert at.caption[0].value == "Clause de réversibilité : partiel"


def test_reversibility_view_shows_sub_criteria_exit_values_and_headline_values() -> None:
    """The view on a complete report (hand-made), whatever the checklist finds today."""
    def script() -> None:
        import streamlit as st  # AppTest runs this function's source on its own

        from tests.exports.test_report import french_report
        from ui.checklist import reversibility_tab

        st.session_state.setdefault("lang", "fr")
        report = french_report()
        reversibility_tab(None, report, [report.document])

    at = AppTest.from_function(script, default_timeout=60).run()
    assert not at.exception
    assert [e.label for e in at.expander] == [
        "Plan de réversibilité — :red[Absent]", "Restitution des données — :green[Présent]"]
    plan, data_return = at.expander
    assert [m.value for m in plan.markdown] == ["_Aucun passage du contrat ne traite ce point._"]
    assert "p. 4 · Article 9 – Réversibilité" in [c.value for c in data_return.caption]
    exit_values, headline = (d.value for d in at.dataframe)
    assert exit_values.iloc[0].tolist()[:3] == ["Période de transition", "6 mois", "4"]
    assert headline["Élément"].tolist() == ["Durée", "Prix"]
    assert [c.value for c in at.caption][-1] == "Durée"  # the headline card of the term
    assert [m.value for m in at.markdown][-1] == "**3 ans**"

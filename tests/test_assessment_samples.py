"""Clause assessment on the sample contracts through the real pipeline (reader, chunker, model,
persistent Chroma store, checklist): the restrictive sample is restrictive where its truth says
so, the complete sample adequate."""
from __future__ import annotations

import json

import pytest

from assistant.samples import TRUTH_FILE, generate_samples

ITEMS = ("reversibility", "liability", "service_levels", "penalties")


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict, dict, object]:
    from assistant.service import build_assistant
    from assistant.settings import Settings

    from .conftest import MINI_CORPUS

    folder = tmp_path_factory.mktemp("samples")
    generate_samples(folder)
    truth = json.loads((folder / TRUTH_FILE).read_text(encoding="utf-8"))
    assistant = build_assistant(Settings(data_dir=tmp_path_factory.mktemp("data"),
                                         corpus_dir=MINI_CORPUS))
    reports, texts, ids = {}, {}, {}
    for name in ("fr-saas-restrictif.pdf", "fr-infogerance-complet.pdf"):
        doc = assistant.index_file(folder / name)
        reports[name] = assistant.check([doc.doc_id])
        texts[name] = [" ".join(c.text.split()) for c in assistant.chunks(doc.doc_id)]
        ids[name] = doc.doc_id
    expected = {s["file"]: s.get("assessments", {}) for s in truth["samples"]}
    return reports, expected, texts, (assistant, ids)


def _item(report, item_id: str):
    return next(f for f in report.findings if f.id == item_id)


@pytest.mark.parametrize("item", ITEMS)
def test_the_restrictive_sample_is_assessed_restrictive(checked, item: str) -> None:
    reports, expected, _, _ = checked
    finding = _item(reports["fr-saas-restrictif.pdf"], item)
    assert finding.status != "absent"
    assert finding.assessment.level == expected["fr-saas-restrictif.pdf"][item] == "restrictive"


@pytest.mark.parametrize("item", ITEMS)
def test_the_complete_sample_stays_adequate(checked, item: str) -> None:
    reports, expected, _, _ = checked
    finding = _item(reports["fr-infogerance-complet.pdf"], item)
    assert finding.assessment.level == expected["fr-infogerance-complet.pdf"][item] == "adequate"


def test_every_other_expected_assessment_of_the_restrictive_sample(checked) -> None:
    reports, expected, _, _ = checked
    report = reports["fr-saas-restrictif.pdf"]
    got = {item: _item(report, item).assessment.level
           for item in expected["fr-saas-restrictif.pdf"]}
    assert got == expected["fr-saas-restrictif.pdf"]


def test_each_reason_quotes_the_contract_with_page_and_section(checked) -> None:
    reports, _, texts, _ = checked
    report = reports["fr-saas-restrictif.pdf"]
    exit_reasons = _item(report, "reversibility").assessment.reasons
    assert [r.text for r in exit_reasons] == [
        "aucune obligation de réversibilité ou d'assistance",
        "récupération des données laissée au client (export ou API en libre-service)",
        "données supprimées à la fin sans restitution"]
    cap = _item(report, "liability").assessment.reasons[0]
    assert cap.text == "responsabilité plafonnée à 1 mois de redevances (seuil : 12 mois de " \
                       "redevances)"
    assert cap.evidence.section == "Article 15 – Responsabilité"
    assert cap.evidence.page >= 2
    assert "limitée au montant de la redevance mensuelle" in " ".join(cap.evidence.text.split())
    for finding in report.findings:
        for reason in finding.assessment.reasons:
            quote = " ".join(reason.evidence.text.split())
            assert quote and any(quote in passage for passage in
                                 texts["fr-saas-restrictif.pdf"]), reason


def test_a_restrictive_clause_lowers_the_coverage_score(checked) -> None:
    from dataclasses import replace

    from assistant.analysis.checklist import coverage_score
    from assistant.models import Assessment

    report = checked[0]["fr-saas-restrictif.pdf"]

    unassessed = [replace(f, assessment=Assessment()) for f in report.findings]
    assert report.score < coverage_score(unassessed)


def test_the_chat_answers_whether_a_clause_is_favourable_with_its_quotes(checked) -> None:
    assistant, ids = checked[3]
    restrictive = ids["fr-saas-restrictif.pdf"]
    answer = assistant.ask("La clause de réversibilité est-elle favorable au client ?",
                           [restrictive])
    assert answer.text.startswith("La clause « Réversibilité » est restrictive")
    assert "aucune obligation de réversibilité ou d'assistance : « Les services n'incluent " \
           "aucune obligation de réversibilité" in " ".join(answer.text.split())
    assert answer.citations and all(c.document == "fr-saas-restrictif.pdf" and c.page >= 1
                                    and c.section for c in answer.citations)
    cap = assistant.ask("Is the liability cap reasonable?", [restrictive])
    assert cap.text.startswith("The “Responsabilités” clause is restrictive")
    assert "1 mois de redevances (seuil : 12 mois de redevances)" in cap.text
    complete = assistant.ask("Is the liability cap reasonable?",
                             [ids["fr-infogerance-complet.pdf"]])
    assert complete.text.startswith("The “Responsabilités” clause is adequate")
    assert "plafond de 12 mois de redevances" in complete.text

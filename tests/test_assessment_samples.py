"""Clause assessment on the sample contracts through the real pipeline (reader, chunker, model,
persistent Chroma store, checklist): the restrictive sample is restrictive where its truth says
so, the complete sample adequate."""
from __future__ import annotations

import json

import pytest

from assistant.samples import TRUTH_FILE, generate_samples

ITEMS = ("reversibility", "liability", "service_levels", "penalties")


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict, dict]:
    from assistant.service import build_assistant
    from assistant.settings import Settings

    from .conftest import MINI_CORPUS

    folder = tmp_path_factory.mktemp("samples")
    generate_samples(folder)
    truth = json.loads((folder / TRUTH_FILE).read_text(encoding="utf-8"))
    assistant = build_assistant(Settings(data_dir=tmp_path_factory.mktemp("data"),
                                         corpus_dir=MINI_CORPUS))
    reports, texts = {}, {}
    for name in ("fr-saas-restrictif.pdf", "fr-infogerance-complet.pdf"):
        doc = assistant.index_file(folder / name)
        reports[name] = assistant.check([doc.doc_id])
        texts[name] = [" ".join(c.text.split()) for c in assistant.chunks(doc.doc_id)]
    expected = {s["file"]: s.get("assessments", {}) for s in truth["samples"]}
    return reports, expected, texts


def _item(report, item_id: str):
    return next(f for f in report.findings if f.id == item_id)


@pytest.mark.parametrize("item", ITEMS)
def test_the_restrictive_sample_is_assessed_restrictive(checked, item: str) -> None:
    reports, expected, _ = checked
    finding = _item(reports["fr-saas-restrictif.pdf"], item)
    assert finding.status != "absent"
    assert finding.assessment.level == expected["fr-saas-restrictif.pdf"][item] == "restrictive"


@pytest.mark.parametrize("item", ITEMS)
def test_the_complete_sample_stays_adequate(checked, item: str) -> None:
    reports, expected, _ = checked
    finding = _item(reports["fr-infogerance-complet.pdf"], item)
    assert finding.assessment.level == expected["fr-infogerance-complet.pdf"][item] == "adequate"


def test_every_other_expected_assessment_of_the_restrictive_sample(checked) -> None:
    reports, expected, _ = checked
    report = reports["fr-saas-restrictif.pdf"]
    got = {item: _item(report, item).assessment.level
           for item in expected["fr-saas-restrictif.pdf"]}
    assert got == expected["fr-saas-restrictif.pdf"]


def test_each_reason_quotes_the_contract_with_page_and_section(checked) -> None:
    reports, _, texts = checked
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

"""Two versions compared on hand-written articles: verdicts, reasons and what is not a change.

The checklist's findings are given by hand here (the real checklist runs in
tests/test_compare_service.py), so each rule of the comparison is checked on its own.
"""
from __future__ import annotations

import hashlib

import numpy as np
import pytest

from assistant.analysis.playbooks import load_playbook
from assistant.comparison import Version, compare_versions
from assistant.errors import ComparisonError
from assistant.models import Assessment, CheckReport, Chunk, DocumentInfo, Evidence, Finding

PLAYBOOK = load_playbook("infogerance")
TERM = "Le Contrat est conclu pour une durée ferme de trois (3) ans à compter de sa signature."
SLA = "Le taux de disponibilité garanti des applications est de 99,8 % par mois."
NOTICE = "Le Client peut résilier le Contrat moyennant un préavis de trois (3) mois."
CONTINUITY = "Le Prestataire maintient un plan de continuité d'activité testé chaque année."
LIABILITY = "Chaque Partie répare les dommages directs qu'elle cause à l'autre."
MISC = "Toute modification du Contrat fait l'objet d'un avenant signé."
SECTIONS = [("Article 1", "Durée", TERM), ("Article 2", "Niveaux de service", SLA),
            ("Article 3", "Résiliation", NOTICE), ("Article 4", "Continuité", CONTINUITY),
            ("Article 5", "Responsabilité", LIABILITY), ("Article 6", "Divers", MISC)]
ITEMS = {"duration": 0, "service_levels": 1, "termination": 2, "business_continuity": 3,
         "liability": 4}


def version(name: str, sections=SECTIONS, statuses: dict[str, str] | None = None,
            language: str = "fr", levels: dict[str, str] | None = None) -> Version:
    doc_id = hashlib.sha256(name.encode()).hexdigest()
    chunks = [Chunk(doc_id, i, text, 1 + i // 2, 1 + i // 2, number, title,
                    (f"{number} – {title}",)) for i, (number, title, text) in enumerate(sections)]
    by_title = {title: chunk for (_, title, _), chunk in zip(sections, chunks, strict=True)}
    findings = []
    for item_id, row in ITEMS.items():
        status = (statuses or {}).get(item_id, "present")
        title = SECTIONS[row][1]
        quoted = by_title.get(title)
        evidence = () if status == "absent" or quoted is None else (
            Evidence(quoted.page, quoted.section, quoted.text),)
        level = (levels or {}).get(item_id, "not_assessed")
        findings.append(Finding(item_id, item_id, status, 0.9, "required", evidence,
                                assessment=Assessment(level)))
    info = DocumentInfo(doc_id, name, 3, language, len(chunks))
    report = CheckReport(info, PLAYBOOK.id, PLAYBOOK.version, findings, 80.0)
    return Version((info,), tuple(chunks), np.zeros((len(chunks), 8), np.float32), report)


def edited(row: int, text: str | None = None, number: str | None = None):
    sections = list(SECTIONS)
    if text is None:
        del sections[row]
    else:
        old_number, title, _ = sections[row]
        sections[row] = (number or old_number, title, text)
    return sections


def changed(comparison) -> dict[str, str]:
    return {i.id: i.verdict for i in comparison.items if i.verdict != "same"}


def test_the_same_text_reports_no_change() -> None:
    comparison = compare_versions(version("a.pdf"), version("b.pdf"), PLAYBOOK)
    assert comparison.summary == ()
    assert changed(comparison) == {}
    assert {a.change for a in comparison.articles} == {"same"}


def test_a_lower_availability_is_worse_with_its_values_and_redline() -> None:
    new = version("b.pdf", edited(1, SLA.replace("99,8", "99,5")))
    comparison = compare_versions(version("a.pdf"), new, PLAYBOOK)
    assert changed(comparison) == {"service_levels": "worse"}
    item = comparison.item("service_levels")
    assert item.reasons == ("disponibilité : 99,8 % → 99,5 %",)
    change = item.changes[0]
    assert (change.field, change.old, change.new) == ("availability", "99,8 %", "99,5 %")
    assert change.old_quote.text == SLA and change.new_quote.page == 1
    article = comparison.articles[item.articles[0]]
    assert article.change == "modified"
    assert "[-99,8-] {+99,5+}" in article.redline
    assert [line.id for line in comparison.summary] == ["service_levels"]


def test_reasons_follow_the_language_asked_for() -> None:
    new = version("b.pdf", edited(1, SLA.replace("99,8", "99,5")))
    comparison = compare_versions(version("a.pdf"), new, PLAYBOOK, language="en")
    assert comparison.item("service_levels").reasons == ("availability: 99,8 % → 99,5 %",)
    assert comparison.item("service_levels").label == "Service levels"


def test_a_removed_article_holding_the_clause_is_worse() -> None:
    new = version("b.pdf", edited(3), {"business_continuity": "absent"})
    comparison = compare_versions(version("a.pdf"), new, PLAYBOOK)
    assert changed(comparison) == {"business_continuity": "worse"}
    assert comparison.item("business_continuity").reasons == (
        "article supprimé : Article 4 – Continuité", "statut : présent → absent")
    removed = [a for a in comparison.articles if a.change == "removed"]
    assert [a.old_heading for a in removed] == ["Article 4 – Continuité"]
    assert removed[0].redline == f"[-{CONTINUITY}-]"


def test_a_status_that_moves_on_an_unchanged_text_is_not_a_change() -> None:
    # The checklist reads each version anew; with the same words it is the same contract.
    comparison = compare_versions(version("a.pdf"), version("b.pdf", statuses={
        "duration": "partial"}), PLAYBOOK)
    assert changed(comparison) == {}


def test_a_shorter_notice_to_terminate_belongs_to_termination() -> None:
    new = version("b.pdf", edited(2, NOTICE.replace("trois (3) mois", "un (1) mois")))
    comparison = compare_versions(version("a.pdf"), new, PLAYBOOK)
    assert changed(comparison) == {"termination": "changed"}
    assert comparison.item("termination").reasons == ("préavis : 3 mois → 1 mois",)


def test_a_new_liability_cap_is_worse() -> None:
    capped = LIABILITY + (" La responsabilité totale du Prestataire est plafonnée à trois (3) "
                          "mensualités de la redevance.")
    comparison = compare_versions(version("a.pdf"), version("b.pdf", edited(4, capped)),
                                  PLAYBOOK)
    assert changed(comparison) == {"liability": "worse"}
    assert comparison.item("liability").reasons == (
        "responsabilité désormais plafonnée à 3 mois de redevance",)


def test_an_assessment_that_drops_is_worse_when_the_text_changed() -> None:
    reworded = LIABILITY + " Les dommages indirects, y compris la perte de données, sont exclus."
    old = version("a.pdf", levels={"liability": "adequate"})
    new = version("b.pdf", edited(4, reworded), levels={"liability": "restrictive"})
    item = compare_versions(old, new, PLAYBOOK).item("liability")
    assert item.verdict == "worse"
    assert "appréciation : adéquate → restrictive" in item.reasons
    assert item.new_assessment == {"level": "restrictive", "reasons": []}


def test_a_renumbered_article_with_the_same_words_is_no_change() -> None:
    sections = [*SECTIONS[:5], ("Article 9", "Divers", MISC)]
    comparison = compare_versions(version("a.pdf"), version("b.pdf", sections), PLAYBOOK)
    assert comparison.summary == ()
    moved = comparison.articles[-1]
    assert (moved.old_heading, moved.new_heading, moved.change) == (
        "Article 6 – Divers", "Article 9 – Divers", "same")


def test_an_edit_no_item_accounts_for_is_listed_in_the_summary() -> None:
    new = version("b.pdf", edited(5, MISC.replace("signé", "signé par les deux Parties")))
    comparison = compare_versions(version("a.pdf"), new, PLAYBOOK)
    assert [(s.verdict, s.id, s.reason) for s in comparison.summary] == [
        ("changed", None, "rédaction modifiée : Article 6 – Divers")]


def test_the_worst_changes_come_first_in_the_summary() -> None:
    sections = edited(0, TERM.replace("trois (3)", "deux (2)"))
    sections[1] = (sections[1][0], sections[1][1], SLA.replace("99,8", "99,5"))
    comparison = compare_versions(version("a.pdf"), version("b.pdf", sections), PLAYBOOK)
    assert [(s.id, s.verdict) for s in comparison.summary] == [("service_levels", "worse"),
                                                               ("duration", "changed")]


def test_a_contract_and_its_translation_are_not_compared() -> None:
    with pytest.raises(ComparisonError, match="translation is out of scope"):
        compare_versions(version("contrat.pdf"), version("contract.pdf", language="en"),
                         PLAYBOOK)


def test_the_json_has_the_documented_keys() -> None:
    new = version("b.pdf", edited(1, SLA.replace("99,8", "99,5")))
    data = compare_versions(version("a.pdf"), new, PLAYBOOK).to_json()
    assert {"old", "new", "summary", "items", "articles"} <= set(data)
    assert {"name", "sha256"} <= set(data["old"]) and data["new"]["name"] == "b.pdf"
    item = next(i for i in data["items"] if i["id"] == "service_levels")
    assert {"id", "label", "old_status", "new_status", "verdict", "reasons", "changes",
            "old_evidence", "new_evidence"} <= set(item)
    assert {"field", "old", "new"} <= set(item["changes"][0])
    assert item["old_evidence"][0] == {"page": 1, "section": "Article 2 – Niveaux de service",
                                       "text": SLA}
    assert {"old_heading", "new_heading", "change", "similarity",
            "redline"} <= set(data["articles"][0])

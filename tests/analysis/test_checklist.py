"""The checklist engine: statuses, evidence, negation, definitions, annexes, score, JSON.

The logic tests use a deterministic zero embedder (no semantic signal), so only the contract's
own words decide; tests/test_checklist_samples.py runs the real model on the sample contracts.
"""
from __future__ import annotations

import numpy as np
import pytest

from assistant.analysis.checklist import build_report, coverage_score
from assistant.analysis.playbooks import load_playbook
from assistant.models import Chunk, DocumentInfo, Finding

DIM = 384


def zero_embed(texts: list[str]) -> np.ndarray:
    return np.zeros((len(texts), DIM), dtype=np.float32)


def _doc(language: str, chunks: int = 1) -> DocumentInfo:
    return DocumentInfo("sha", f"contrat.{language}.pdf", 3, language, chunks)


def _chunks(*sections: tuple[str, str]) -> list[Chunk]:
    return [Chunk("sha", i, text, page=i + 1, page_end=i + 1, section_number=f"Article {i + 1}",
                  section_title=title) for i, (title, text) in enumerate(sections)]


def _check(language: str, *sections: tuple[str, str]):
    chunks = _chunks(*sections)
    return build_report(_doc(language, len(chunks)), chunks, zero_embed([c.text for c in chunks]),
                        load_playbook("infogerance"), zero_embed)


def _finding(report, item_id: str) -> Finding:
    return next(f for f in report.findings if f.id == item_id)


FRENCH_REVERSIBILITY = (
    "Réversibilité",
    "À la fin du contrat, quelle qu'en soit la cause, le Prestataire assure la réversibilité des "
    "prestations au profit du Client ou du tiers qu'il désigne, selon le plan de réversibilité. "
    "La période de transition dure six (6) mois, pendant laquelle le Prestataire maintient la "
    "continuité du service. Le Prestataire restitue l'ensemble des données dans un format "
    "standard (CSV) dans un délai de trente (30) jours et transmet la documentation. La "
    "réversibilité est incluse dans le prix forfaitaire. Le Prestataire détruit ensuite ses "
    "copies et remet un certificat de destruction. Le personnel et les licences sont transférés.")


def test_a_complete_clause_is_present_with_its_exact_sentence_page_and_section():
    scope = ("Objet", "Le Client confie au Prestataire l'infogérance de ses serveurs.")
    report = _check("fr", scope, FRENCH_REVERSIBILITY)
    finding = _finding(report, "reversibility")
    assert finding.status == "present"
    assert finding.label == "Réversibilité"
    assert finding.evidence[0].page == 2
    assert finding.evidence[0].section == "Article 2 – Réversibilité"
    assert finding.evidence[0].text == (
        "À la fin du contrat, quelle qu'en soit la cause, le Prestataire assure la réversibilité "
        "des prestations au profit du Client ou du tiers qu'il désigne, selon le plan de "
        "réversibilité.")
    assert finding.recommendation == ""


def test_a_clause_missing_most_sub_criteria_is_partial_and_lists_them():
    report = _check("fr", ("Fin du contrat", "En cas de résiliation, le Prestataire restitue au "
                                             "Client les données qui lui appartiennent."))
    finding = _finding(report, "reversibility")
    assert finding.status == "partial"
    assert "Plan de réversibilité" in finding.missing
    assert "Période de transition et sa durée" in finding.missing
    assert finding.recommendation.startswith("Prévoir une clause de réversibilité complète")


def test_a_clause_that_only_points_to_a_missing_annex_is_partial():
    report = _check("fr", ("Assurances", "Le Prestataire souscrit les polices d'assurance décrites "
                                         "en Annexe 4."))
    finding = _finding(report, "insurance")
    assert finding.status == "partial"
    assert "Annexe non fournie : Annexe 4" in finding.missing


def test_the_annex_counts_when_it_is_part_of_the_checked_files():
    chunks = _chunks(("Assurances", "Le Prestataire souscrit les polices d'assurance décrites en "
                                    "Annexe 4."))
    chunks.append(Chunk("annex", 1, "Responsabilité civile professionnelle : 5 000 000 € par "
                                    "sinistre ; une attestation d'assurance est remise chaque "
                                    "année.",
                        page=1, page_end=1, section_number="Annexe 4", section_title="Assurances",
                        heading_path=("Annexe 4 – Assurances",)))
    report = build_report(_doc("fr", 2), chunks, zero_embed(["", ""]),
                          load_playbook("infogerance"), zero_embed)
    assert _finding(report, "insurance").status == "present"


def test_an_absent_item_has_no_evidence_and_a_recommendation():
    report = _check("en", ("Fees", "Customer shall pay the monthly fee set out in Exhibit B."))
    finding = _finding(report, "staff_transfer")
    assert (finding.status, finding.evidence, finding.label) == ("absent", (), "Staff transfer")
    assert finding.recommendation.startswith("Say what happens to the client's staff")


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Le présent contrat ne prévoit pas de réversibilité."),
    ("fr", "Aucune réversibilité n'est due par le Prestataire."),
    ("en", "The Provider shall not provide any transition assistance."),
    ("en", "No transition assistance will be provided at the end of the Agreement."),
])
def test_a_denied_clause_is_absent_and_quotes_the_denial(language, sentence):
    report = _check(language, ("Divers" if language == "fr" else "Miscellaneous", sentence))
    finding = _finding(report, "reversibility")
    assert finding.status == "absent"
    assert finding.evidence[0].text == sentence


def test_a_limitation_of_liability_is_not_mistaken_for_a_denial():
    report = _check("en", ("Miscellaneous", "In no event shall either party's aggregate liability "
                                            "exceed the fees paid in the preceding twelve months."))
    assert _finding(report, "liability").status != "absent"


@pytest.mark.parametrize("sentence", [
    "On expiry the Supplier shall perform the Transition-Out Services for four months.",
    "The Supplier shall run a phase-out period in which the services continue unchanged.",
    "The Supplier shall ensure an orderly and complete transition of the services to the Buyer.",
    "Following termination, the Supplier shall give the Buyer all reasonable assistance during "
    "the transition.",
])
def test_usual_ways_of_drafting_an_exit_transition_are_found(sentence):
    report = _check("en", ("Miscellaneous", sentence))
    assert _finding(report, "reversibility").status != "absent"


def test_a_clause_split_over_two_overlapping_passages_is_quoted_once():
    clause = ("The Supplier shall maintain professional liability insurance of at least two "
              "million euros with a reputable insurer.")
    report = _check("en", ("Insurance", clause), ("Insurance", clause + " It sends the "
                                                  "certificate each year."))
    quotes = [e.text for e in _finding(report, "insurance").evidence]
    assert quotes and len(quotes) == len(set(quotes))
    assert not any(a in b for a in quotes for b in quotes if a is not b)


@pytest.mark.parametrize("sentence", [
    "The Supplier hereby does irrevocably transfer and assign to the Buyer all rights in the "
    "Deliverables.",
    "The Supplier hereby sells, transfers and assigns to the Buyer the source code it wrote.",
    "Each Invention made under this Agreement shall be the sole property of the Buyer.",
])
def test_usual_ways_of_drafting_an_assignment_of_rights_are_found(sentence):
    report = _check("en", ("Miscellaneous", sentence))
    assert _finding(report, "ip_ownership").status != "absent"


def test_a_word_in_the_definitions_does_not_make_a_clause():
    report = _check("en", ("Definitions", '"Transition Assistance" means the services described '
                                          "in Section 20."),
                    ("Fees", "Customer shall pay the fees within thirty days of invoice."))
    assert _finding(report, "reversibility").status == "absent"


def test_a_table_of_contents_is_not_evidence():
    toc = ("1. Definitions 2. Term 3. Services 4. Fees 5. Insurance 6. Audit 7. Confidentiality "
           "8. Termination 9. Transition Assistance 10. Governing Law 11. Notices 12. General")
    report = _check("en", ("Table of Contents", toc))
    assert _finding(report, "insurance").status == "absent"
    assert _finding(report, "governing_law").status == "absent"


def test_an_english_contract_gets_english_labels_and_the_governing_law_value():
    report = _check("en", ("Governing Law", "This Agreement shall be governed by the laws of the "
                                            "State of New York."))
    finding = _finding(report, "governing_law")
    assert (finding.label, finding.status) == ("Governing law and jurisdiction", "present")
    assert "Competent court" in finding.missing
    assert report.values["governing_law"][0]["value"] == "New York"


def test_coverage_score_weighs_required_items_twice():
    findings = [Finding("a", "A", "present", 1.0, "required"),
                Finding("b", "B", "partial", 1.0, "required"),
                Finding("c", "C", "absent", 1.0, "recommended"),
                Finding("d", "D", "present", 1.0, "recommended")]
    assert coverage_score(findings) == pytest.approx(100 * (2 + 1 + 0 + 1) / 6)


def test_the_json_report_has_the_check_contract_shape():
    report = _check("fr", FRENCH_REVERSIBILITY)
    data = report.to_json()
    assert set(data) == {"document", "playbook", "items", "reversibility", "values", "score"}
    assert data["document"] == {"name": "contrat.fr.pdf", "sha256": "sha", "pages": 3,
                                "language": "fr"}
    assert data["playbook"] == {"id": "infogerance", "version": "1.0"}
    assert [i["id"] for i in data["items"]][:3] == ["services_scope", "duration", "pricing"]
    item = next(i for i in data["items"] if i["id"] == "reversibility")
    assert set(item) >= {"id", "label", "status", "confidence", "evidence", "missing",
                         "recommendation"}
    assert set(item["evidence"][0]) == {"page", "section", "text"}
    assert set(data["reversibility"]) == {"status", "sub_criteria", "values"}
    assert set(data["reversibility"]["values"]) == {"transition_period", "data_return_deadline",
                                                    "data_format", "costs", "triggers"}
    assert 0 <= data["score"] <= 100


def test_example_vectors_are_cached_per_embedding_function():
    """A heading alone is not enough; with a close meaning (here: identical vectors) it is."""
    chunks = _chunks(("Insurance", "Each party keeps adequate cover with reputable carriers."))
    unit = np.zeros((1, DIM), dtype=np.float32)
    unit[0, 0] = 1.0

    def same_as_passage(texts: list[str]) -> np.ndarray:
        return np.repeat(unit, len(texts), axis=0)

    playbook = load_playbook("infogerance")
    without = build_report(_doc("en"), chunks, unit, playbook, zero_embed)
    with_meaning = build_report(_doc("en"), chunks, unit, playbook, same_as_passage)
    assert _finding(without, "insurance").status == "absent"
    assert _finding(with_meaning, "insurance").status == "partial"


def test_a_semicolon_inside_a_table_cell_ends_no_sentence_a_full_stop_does():
    from assistant.analysis.signals import split_sentences

    table = ("| Niveau | Exemples | Rétablissement |\n|---|---|---|\n"
             "| 1 | Portail en panne ; Paiement refusé | 4 heures |\n"
             "| 2 | Lenteurs ; Impression impossible | 1 jour ouvré |")
    sentences = split_sentences(table)
    assert len(sentences) == 1 and table[sentences[0].start:sentences[0].end] == table
    details = "| Item 1 | Fees | Monthly fee: EUR 9,000. Set-up fee: EUR 4,000. |"
    assert len(split_sentences(details)) == 2

"""Report exports: Markdown golden files, PDF and DOCX that open with accented text, CSV, JSON.

Regenerate the golden files after a deliberate change of the report layout with:
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/exports/test_report.py
then read the diff of tests/golden/ before committing it.
"""
from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from assistant.exports import report as reports
from assistant.models import Assessment, CheckReport, DocumentInfo, Evidence, Finding, Reason

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
DAY = date(2024, 1, 15)
SHA = "3f2a" * 16


def french_report() -> CheckReport:
    """A hand-made report with every kind of content: statuses, evidence, gaps, values."""
    document = DocumentInfo(SHA, "contrat-infogérance.pdf", 12, "fr", 40)
    findings = [
        Finding("duration", "Durée", "present", 0.93, "required",
                (Evidence(1, "Article 2 – Durée", "Le contrat est conclu pour une durée de "
                          "trois (3) ans à compter de sa signature."),),
                assessment=Assessment("adequate", (Reason(
                    "Aucune exclusion, limite ni lacune repérée (2 règles vérifiées)",
                    Evidence(1, "Article 2 – Durée", "Le contrat est conclu pour une durée de "
                             "trois (3) ans à compter de sa signature.")),))),
        Finding("pricing", "Prix / forfait", "present", 0.88, "required",
                (Evidence(2, "Article 3 – Prix", "Le prix forfaitaire annuel est de 120 000 € "
                          "HT, payable trimestriellement à terme échu."),)),
        Finding("reversibility", "Réversibilité", "partial", 0.71, "required",
                (Evidence(4, "Article 9 – Réversibilité", "Le Prestataire restitue au Client "
                          "l'ensemble des données dans un format ouvert (CSV) dans un délai de "
                          "trente (30) jours."),),
                missing=("Plan de réversibilité", "Prix de la réversibilité"),
                recommendation="Prévoir un plan de réversibilité tenu à jour et chiffrer la "
                               "prestation de réversibilité dès la signature.",
                assessment=Assessment("weak", (Reason(
                    "clause mince, sans plan de réversibilité, période de transition",
                    Evidence(4, "Article 9 – Réversibilité", "Le Prestataire restitue au Client "
                             "l'ensemble des données dans un format ouvert (CSV) dans un délai "
                             "de trente (30) jours.")),))),
        Finding("insurance", "Assurances", "absent", 0.9, "required",
                recommendation="Exiger une attestation d'assurance responsabilité civile "
                               "professionnelle couvrant les prestations."),
        Finding("audit", "Audit et contrôle", "absent", 0.64, "recommended",
                recommendation="Prévoir un droit d'audit du Client ou de son mandataire."),
    ]
    reversibility = {
        "status": "partial",
        "sub_criteria": [
            {"id": "plan", "label": "Plan de réversibilité", "status": "absent",
             "evidence": []},
            {"id": "data_return", "label": "Restitution des données", "status": "present",
             "evidence": [{"page": 4, "section": "Article 9 – Réversibilité",
                           "text": "restitue au Client l'ensemble des données"}]},
        ],
        "values": {"transition_period": [{"value": "6 mois", "quantity": 6, "unit": "months",
                                          "page": 4, "section": "Article 9 – Réversibilité",
                                          "text": "Une période de transition de six (6) mois "
                                                  "est prévue."}]},
    }
    values = {
        "term": [{"value": "3 ans", "quantity": 3, "unit": "years", "page": 1,
                  "section": "Article 2 – Durée", "text": "Le contrat est conclu pour une "
                  "durée de trois (3) ans à compter de sa signature."}],
        "price": [{"value": "120 000 € HT", "quantity": 120000, "unit": "EUR", "page": 2,
                   "section": "Article 3 – Prix", "text": "Le prix forfaitaire annuel est de "
                   "120 000 € HT, payable trimestriellement à terme échu."}],
    }
    return CheckReport(document, "infogerance", "1.0", findings, 58.3, reversibility, values,
                       files=("contrat-infogérance.pdf",))


def english_report() -> CheckReport:
    document = DocumentInfo("9" * 64, "msa.pdf", 3, "en", 9)
    findings = [
        Finding("termination", "Termination", "present", 0.8, "recommended",
                (Evidence(2, "Section 3 – Termination", "Either party may terminate this "
                          "Agreement with ninety (90) days' written notice."),),
                assessment=Assessment("restrictive", (Reason(
                    "the provider may terminate at will on short notice (none, threshold: 3 "
                    "months), the client may not",
                    Evidence(2, "Section 3 – Termination", "The Provider may terminate this "
                             "Agreement at any time.")),))),
        Finding("reversibility", "Reversibility / exit and transition", "absent", 0.85,
                "required", recommendation="Add an exit plan with a transition period."),
    ]
    return CheckReport(document, "infogerance", "1.0", findings, 25.0)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}: run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


def test_french_markdown_matches_golden_file() -> None:
    _golden("report-fr.md", reports.to_markdown(french_report(), today=DAY))


def test_english_markdown_matches_golden_file() -> None:
    _golden("report-en.md", reports.to_markdown(english_report(), today=DAY))


def test_markdown_carries_hash_date_playbook_and_evidence_location() -> None:
    text = reports.to_markdown(french_report(), today=DAY)
    assert f"| Empreinte SHA-256 | {SHA} |" in text
    assert "| Date | 2024-01-15 |" in text
    assert "| Référentiel | infogerance v1.0 |" in text
    assert "> — p. 4, Article 9 – Réversibilité" in text
    assert "**Mentions obligatoires absentes ou partielles** : Réversibilité (partiel), " \
           "Assurances (absent)" in text


def test_interface_language_can_override_the_document_language() -> None:
    text = reports.to_markdown(french_report(), language="en", today=DAY)
    assert text.startswith("# Gap analysis – contrat-infogérance.pdf\n")
    assert "| Partial | Réversibilité | required | 0.71 | 4 |" in text


def test_recommendation_is_omitted_for_present_items() -> None:
    report = french_report()
    present = Finding("duration", "Durée", "present", 0.9, "required",
                      recommendation="Ne doit pas apparaître.")
    report.findings = [present]
    assert "Ne doit pas apparaître" not in reports.to_markdown(report, today=DAY)


def test_pdf_opens_and_contains_the_accented_text_and_euro_sign() -> None:
    from pypdf import PdfReader

    data = reports.to_pdf(french_report(), today=DAY)
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    for expected in ("Analyse des écarts", "Réversibilité", "120 000 € HT",
                     "Plan de réversibilité", "trente (30) jours", SHA, "2024-01-15",
                     "Période de transition", "6 mois"):
        assert expected in " ".join(text.split()), expected


def test_docx_opens_with_the_summary_table_and_recommendations() -> None:
    import docx

    document = docx.Document(io.BytesIO(reports.to_docx(french_report(), today=DAY)))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert document.paragraphs[0].text == "Analyse des écarts – contrat-infogérance.pdf"
    assert "Recommandation : Exiger une attestation d'assurance" in paragraphs
    summary = document.tables[1]
    assert [c.text for c in summary.rows[0].cells] == ["Statut", "Mention", "Sévérité",
                                                       "Confiance", "Page", "Évaluation"]
    assert [c.text for c in summary.rows[3].cells] == ["Partiel", "Réversibilité",
                                                       "obligatoire", "0.71", "4", "Faible"]
    assert "Évaluation : Faible" in paragraphs
    assert "clause mince, sans plan de réversibilité, période de transition : « Le Prestataire " \
           "restitue au Client" in paragraphs


def test_csv_has_one_row_per_item_with_status_pages_and_missing() -> None:
    rows = list(csv.DictReader(io.StringIO(reports.to_csv(french_report()))))
    assert [r["id"] for r in rows] == ["duration", "pricing", "reversibility", "insurance", "audit"]
    reversibility = rows[2]
    assert (reversibility["status"], reversibility["confidence"], reversibility["pages"]) == \
        ("partial", "0.710", "4")
    assert reversibility["missing"] == "Plan de réversibilité; Prix de la réversibilité"
    assert reversibility["sections"] == "Article 9 – Réversibilité"
    assert reversibility["assessment"] == "weak"
    assert reversibility["assessment_reasons"].startswith(
        "clause mince, sans plan de réversibilité, période de transition : « Le Prestataire "
        "restitue au Client")
    assert reversibility["assessment_reasons"].endswith("(p. 4, Article 9 – Réversibilité)")
    assert rows[3]["assessment"] == "not_assessed"


def test_markdown_states_each_assessment_with_its_quoted_reasons() -> None:
    text = reports.to_markdown(english_report(), today=DAY)
    assert "**Clauses at risk (weak or restrictive)**: Termination (restrictive)" in text
    assert "| Present | Termination | recommended | 0.80 | 2 | Restrictive |" in text
    assert ("**Assessment**: Restrictive\n\n- the provider may terminate at will on short "
            "notice (none, threshold: 3 months), the client may not: “The Provider may terminate "
            "this Agreement at any time.” (p. 2, Section 3 – Termination)") in text


def test_pdf_carries_the_assessment_and_its_quote() -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(reports.to_pdf(english_report(), today=DAY)))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Assessment: Restrictive" in text
    assert "“The Provider may terminate this Agreement at any time.”" in text


def test_json_is_the_check_object() -> None:
    data = json.loads(reports.to_json(french_report()))
    assert data == french_report().to_json()
    assert data["items"][1]["evidence"][0]["text"].startswith("Le prix forfaitaire annuel")


@pytest.mark.parametrize(("fmt", "start"), [
    ("markdown", b"# Analyse des"), ("pdf", b"%PDF-"), ("docx", b"PK\x03\x04"),
    ("csv", "\ufeffid,label".encode()), ("json", b"{\n"),
])
def test_render_gives_the_file_bytes_of_each_format(fmt: str, start: bytes) -> None:
    assert reports.render(french_report(), fmt, today=DAY).startswith(start)


def test_render_refuses_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown report format 'html'"):
        reports.render(french_report(), "html")


def test_values_and_reversibility_rows_read_the_report_dicts() -> None:
    report = french_report()
    rows = reports.value_rows(report.values)
    assert [(r.kind, r.value, r.page) for r in rows] == [("term", "3 ans", 1),
                                                       ("price", "120 000 € HT", 2)]
    criteria = reports.reversibility_rows(report.reversibility)
    assert [(c.id, c.status, len(c.evidence)) for c in criteria] == [("plan", "absent", 0),
                                                                    ("data_return", "present", 1)]


def test_file_name_names_the_contract_and_the_export() -> None:
    assert reports.file_name(english_report(), "pdf") == "msa-gap-analysis.pdf"
    assert reports.file_name(english_report(), "csv") == "msa-checklist.csv"


def test_translated_report_speaks_the_reader_language_but_keeps_the_quotes() -> None:
    from assistant.analysis.playbooks import load_playbook

    english = reports.translated(french_report(), load_playbook("infogerance"), "en")
    reversibility = english.findings[2]
    assert (reversibility.label, reversibility.missing) == (
        "Reversibility / exit and transition",
        ("Reversibility / exit plan", "Price of the exit assistance"))
    assert reversibility.evidence == french_report().findings[2].evidence
    assert english.findings[3].recommendation.startswith("Require the provider to hold")
    assert english.findings[0].recommendation == ""  # none added where there was none
    rows = reports.reversibility_rows(english.reversibility, "en")
    assert [r.label for r in rows] == ["Reversibility / exit plan",
                                      "Return of data in a usable format with a deadline"]


def test_translation_to_the_document_language_changes_nothing() -> None:
    from assistant.analysis.playbooks import load_playbook

    report = french_report()
    assert reports.translated(report, load_playbook("infogerance"), "fr") is report


def test_value_rows_skip_missing_values_and_join_plain_lists() -> None:
    """The reversibility block holds single values, None when not stated, and word lists."""
    rows = reports.value_rows({
        "transition_period": {"value": "6 mois", "page": 4, "section": "Art. 9", "text": "…"},
        "data_format": None,
        "triggers": ["résiliation", "toute fin du contrat"],
        "notice": [],
    })
    assert [(r.kind, r.value, r.page) for r in rows] == [
        ("transition_period", "6 mois", 4), ("triggers", "résiliation, toute fin du contrat", 0)]
    assert reports.value_label("triggers", "fr") == "Cas de déclenchement"
    assert reports.value_label("unknown_kind", "en") == "Unknown kind"

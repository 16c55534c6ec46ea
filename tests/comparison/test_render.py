"""The comparison's exports: text, Markdown, Word (strike-through and underline), PDF, JSON."""
from __future__ import annotations

import io
import json
from datetime import date

import docx
from pypdf import PdfReader

from assistant.comparison import compare_versions
from assistant.comparison.render import file_name, render, to_markdown, to_text

from .test_compare import PLAYBOOK, SLA, edited, version

DAY = date(2025, 3, 1)


def _comparison(language: str | None = None):
    """Availability lowered and the continuity article (Article 4) deleted."""
    sections = edited(3)
    sections[1] = (sections[1][0], sections[1][1], SLA.replace("99,8", "99,5"))
    new = version("contrat-v2.pdf", sections, {"business_continuity": "absent"})
    return compare_versions(version("contrat.pdf"), new, PLAYBOOK, language)


def test_markdown_has_the_summary_worst_first_and_the_redline() -> None:
    text = to_markdown(_comparison(), DAY)
    assert text.startswith("# Comparaison de contrats – contrat.pdf → contrat-v2.pdf")
    summary = text.split("## Synthèse")[1].split("##")[0]
    assert summary.strip().splitlines() == [
        "- **moins favorable** — Niveaux de service (SLA/QoS) : disponibilité : 99,8 % → 99,5 %",
        "- **moins favorable** — Continuité de service : article supprimé : Article 4 – "
        "Continuité; statut : présent → absent"]
    assert "<del>99,8</del> <ins>99,5</ins>" in text
    assert "| 2025-03-01 |" in text


def test_text_for_a_terminal_in_english() -> None:
    text = to_text(_comparison("en"))
    assert "  [worse] Service levels: availability: 99,8 % → 99,5 %" in text
    assert "[-99,8-] {+99,5+}" in text
    assert "[removed] Article 4 – Continuité" in text


def test_an_unchanged_contract_says_so() -> None:
    same = compare_versions(version("a.pdf"), version("b.pdf"), PLAYBOOK)
    assert "Aucune différence" in to_text(same)


def test_word_shows_deletions_struck_through_and_insertions_underlined() -> None:
    document = docx.Document(io.BytesIO(render(_comparison(), "docx", DAY)))
    runs = [r for p in document.paragraphs for r in p.runs]
    assert any(r.font.strike and r.text.strip() == "99,8" for r in runs)
    assert any(r.font.underline and r.text.strip() == "99,5" for r in runs)
    assert document.core_properties.title.startswith("Comparaison de contrats")
    quotes = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(SLA in q for q in quotes)


def test_pdf_opens_with_the_summary_and_accents() -> None:
    reader = PdfReader(io.BytesIO(render(_comparison(), "pdf", DAY)))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Comparaison de contrats" in text
    assert "moins favorable" in text and "Continuité" in text


def test_json_bytes_and_file_names() -> None:
    comparison = _comparison()
    assert json.loads(render(comparison, "json"))["new"]["name"] == "contrat-v2.pdf"
    assert file_name(comparison, "docx") == "contrat-v2-comparison.docx"
    assert file_name(comparison, "markdown") == "contrat-v2-comparison.md"

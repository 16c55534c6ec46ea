"""Tests of the sample generator: files, determinism, text layers, truth and question set."""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from assistant.samples import COMPARE_TRUTH_FILE, SAMPLES, TRUTH_FILE, generate_samples
from assistant.samples.model import (
    CLAUSE_IDS,
    Bullets,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    parse_markup,
    statuses,
)

QA_FILE = Path(__file__).resolve().parent.parent / "eval" / "fr_qa.json"
TEXT_PDFS = [s.file for s in SAMPLES if s.layout.format == "pdf"]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate_samples(tmp_path_factory.mktemp("samples"))


@pytest.fixture(scope="module")
def outdir(written: list[Path]) -> Path:
    return written[0].parent


@pytest.fixture(scope="module")
def truth(outdir: Path) -> dict:
    return json.loads((outdir / TRUTH_FILE).read_text(encoding="utf-8"))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@functools.cache
def page_texts(path: Path) -> tuple[str, ...]:
    """Each page's text with whitespace squashed (a DOCX is one page); cached per path."""
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows
                  for cell in row.cells]
        return (squash("\n".join(parts)),)
    return tuple(squash(page.extract_text() or "") for page in PdfReader(path).pages)


# ---- files ----------------------------------------------------------------------------------

def test_generate_returns_every_sample_then_the_truth_file(written: list[Path]) -> None:
    assert [p.name for p in written] == [s.file for s in SAMPLES] + [COMPARE_TRUTH_FILE,
                                                                     TRUTH_FILE]
    assert all(p.is_file() and p.stat().st_size > 1000 for p in written)


def test_required_samples_are_all_generated(outdir: Path) -> None:
    assert {p.name for p in outdir.iterdir()} == {
        "fr-infogerance-complet.pdf", "fr-infogerance-lacunaire.pdf",
        "fr-reversibilite-faible.docx", "en-managed-services.pdf", "fr-annexe-dpa.pdf",
        "fr-multi-contrat.pdf", "fr-multi-annexe-1-sla.pdf",
        "fr-multi-annexe-2-reversibilite.pdf", "fr-scan.pdf", "fr-infogerance-complet-v2.pdf",
        "fr-saas-restrictif.pdf", COMPARE_TRUTH_FILE, TRUTH_FILE}


def test_two_runs_write_byte_identical_files(outdir: Path, tmp_path: Path) -> None:
    generate_samples(tmp_path)
    for sample in SAMPLES:
        assert (tmp_path / sample.file).read_bytes() == (outdir / sample.file).read_bytes(), \
            sample.file
    assert (tmp_path / TRUTH_FILE).read_bytes() == (outdir / TRUTH_FILE).read_bytes()


@pytest.mark.parametrize("name", TEXT_PDFS)
def test_text_pdf_opens_and_every_page_has_text(outdir: Path, name: str) -> None:
    pages = page_texts(outdir / name)
    assert pages and all(len(text) > 100 for text in pages)


def test_complete_contract_runs_several_pages_with_numbered_footers(outdir: Path) -> None:
    pages = page_texts(outdir / "fr-infogerance-complet.pdf")
    assert len(pages) >= 8
    assert f"Contrat n° 2024-INF-017 – Page 3/{len(pages)}" in pages[2]


@pytest.mark.parametrize("name", [*TEXT_PDFS, "fr-reversibilite-faible.docx"])
def test_every_accented_word_and_symbol_survives_extraction(outdir: Path, name: str) -> None:
    """Accents, the euro sign, guillemets and œ are written with a Unicode font, not lost."""
    sample = next(s for s in SAMPLES if s.file == name)
    text = " ".join(page_texts(outdir / name))
    words = {w.strip(".,;:()|") for w in re.findall(r"\S+", sample.markup)}
    special = {w for w in words if w and not w.isascii() and not w.startswith(("^", ">"))}
    assert special
    missing = sorted(w for w in special if w not in text)
    assert missing == []


def test_french_pdf_text_keeps_accents_and_the_euro_sign(outdir: Path) -> None:
    text = " ".join(page_texts(outdir / "fr-infogerance-complet.pdf"))
    assert "redevance forfaitaire annuelle de quatre cent quatre-vingt mille euros hors taxes " \
           "(480 000 € HT)" in text
    assert "Réversibilité" in text and "Prestataire entrant" in text


def test_scan_has_page_images_and_no_text_layer(outdir: Path) -> None:
    reader = PdfReader(outdir / "fr-scan.pdf")
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert (page.extract_text() or "").strip() == ""
        assert len(page.images) == 1


def test_docx_uses_real_heading_styles_and_a_table(outdir: Path) -> None:
    document = docx.Document(str(outdir / "fr-reversibilite-faible.docx"))
    styles = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert ("Heading 1", "Titre V – Fin du contrat") in styles
    assert ("Heading 2", "Article 19 – Réversibilité") in styles
    assert styles[0][0] == "Title"
    assert document.tables[0].cell(0, 0).text == "Type de demande"
    assert document.core_properties.created.year == 2024


# ---- truth ----------------------------------------------------------------------------------

def test_truth_gives_a_status_for_all_22_clause_ids_of_every_sample(truth: dict) -> None:
    assert len(CLAUSE_IDS) == 22
    assert [s["file"] for s in truth["samples"]] == [s.file for s in SAMPLES]
    for entry in truth["samples"]:
        assert list(entry["clauses"]) == list(CLAUSE_IDS), entry["file"]
        assert set(entry["clauses"].values()) <= {"present", "partial", "absent"}
        assert entry["language"] in ("fr", "en")
        assert set(entry["notes"]) <= set(CLAUSE_IDS)


def test_complete_contract_has_every_clause_present(truth: dict) -> None:
    complete = next(s for s in truth["samples"] if s["file"] == "fr-infogerance-complet.pdf")
    assert set(complete["clauses"].values()) == {"present"}
    assert complete["values"]["transition_period"] == "six (6) mois"
    assert complete["values"]["data_return_deadline"] == "trente (30) jours"


@pytest.mark.parametrize("name, clause, status", [
    ("fr-infogerance-lacunaire.pdf", "reversibility", "absent"),
    ("fr-infogerance-lacunaire.pdf", "staff_transfer", "absent"),
    ("fr-infogerance-lacunaire.pdf", "audit", "absent"),
    ("fr-reversibilite-faible.docx", "reversibility", "partial"),
    ("fr-annexe-dpa.pdf", "data_protection", "present"),
    ("fr-annexe-dpa.pdf", "pricing", "absent"),
    ("fr-multi-contrat.pdf", "reversibility", "partial"),
    ("fr-multi-annexe-2-reversibilite.pdf", "reversibility", "present"),
    ("en-managed-services.pdf", "penalties", "present"),
])
def test_truth_records_the_brief_s_key_statuses(truth: dict, name: str, clause: str,
                                                status: str) -> None:
    entry = next(s for s in truth["samples"] if s["file"] == name)
    assert entry["clauses"][clause] == status


def test_group_status_is_the_best_status_of_its_files(truth: dict) -> None:
    group = truth["groups"]["fr-multi"]
    assert group["files"] == ["fr-multi-contrat.pdf", "fr-multi-annexe-1-sla.pdf",
                              "fr-multi-annexe-2-reversibilite.pdf"]
    assert list(group["clauses"]) == list(CLAUSE_IDS)
    assert group["clauses"]["reversibility"] == "present"
    assert group["clauses"]["service_levels"] == "present"
    assert group["clauses"]["business_continuity"] == "present"
    # The security plan is in an Annexe 3 that is not provided, so even together it is partial.
    assert group["clauses"]["security"] == "partial"
    members = [s for s in truth["samples"] if s.get("group") == "fr-multi"]
    assert [s["file"] for s in members] == group["files"]


@pytest.mark.parametrize("name, word", [
    # What a sample's truth calls absent must not be in its text under its usual name.
    ("fr-infogerance-lacunaire.pdf", "audit"),
    ("fr-infogerance-lacunaire.pdf", "1224"),
    ("fr-infogerance-lacunaire.pdf", "assurance"),
    ("fr-infogerance-lacunaire.pdf", "comité"),
    ("fr-infogerance-lacunaire.pdf", "indice"),
    ("fr-infogerance-lacunaire.pdf", "reprise d'activité"),
    ("fr-reversibilite-faible.docx", "pénalit"),
    ("fr-reversibilite-faible.docx", "audit"),
    ("fr-reversibilite-faible.docx", "1224"),
    ("fr-reversibilite-faible.docx", "continuité"),
    ("fr-annexe-dpa.pdf", "prix"),
    ("fr-annexe-dpa.pdf", "pénalit"),
    ("fr-multi-contrat.pdf", "1224"),
    ("fr-multi-contrat.pdf", "reprise d'activité"),
    ("en-managed-services.pdf", "index"),
    ("fr-saas-restrictif.pdf", "audit"),
    ("fr-saas-restrictif.pdf", "assurance"),
    ("fr-saas-restrictif.pdf", "comité"),
    ("fr-saas-restrictif.pdf", "1224"),
])
def test_an_absent_clause_is_not_mentioned_in_the_text(outdir: Path, name: str, word: str) -> None:
    assert word not in " ".join(page_texts(outdir / name)).lower()


def test_truth_gives_the_expected_assessments(truth: dict) -> None:
    """The restrictive sample's exit, liability and credits favour the provider; the complete
    sample's protect the client."""
    restrictive = next(s for s in truth["samples"] if s["file"] == "fr-saas-restrictif.pdf")
    complete = next(s for s in truth["samples"] if s["file"] == "fr-infogerance-complet.pdf")
    for item in ("reversibility", "liability", "service_levels", "penalties"):
        assert restrictive["assessments"][item] == "restrictive"
        assert complete["assessments"][item] == "adequate"
        assert restrictive["clauses"][item] != "absent"
    assert "assessments" not in next(s for s in truth["samples"]
                                     if s["file"] == "fr-infogerance-lacunaire.pdf")


def test_restrictive_sample_states_its_unfavourable_clauses(outdir: Path) -> None:
    text = " ".join(" ".join(page_texts(outdir / "fr-saas-restrictif.pdf")).split())
    for sentence in ("n'incluent aucune obligation de réversibilité",
                     "interface de programmation (API) d'export",
                     "limitée au montant de la redevance mensuelle",
                     "ne saurait être tenu responsable de la perte",
                     "constituent la seule et unique indemnisation"):
        assert sentence in text


def test_lacunaire_contract_states_that_it_has_no_reversibility(outdir: Path) -> None:
    text = " ".join(page_texts(outdir / "fr-infogerance-lacunaire.pdf"))
    assert "Le présent contrat ne prévoit pas de réversibilité." in text


# ---- question set -----------------------------------------------------------------------------

def _qa_items() -> list[dict]:
    return json.loads(QA_FILE.read_text(encoding="utf-8"))["items"]


def _score_norm(s: str) -> str:
    # The same normalisation as ../shared/eval/score_qa.py.
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "").replace("\u2019", "'").lower()
    s = re.sub(r"(\d),(\d)", r"\1.\2", s)
    return re.sub(r"\s+", " ", s).strip()


def test_question_set_is_well_formed() -> None:
    items = _qa_items()
    assert len(items) >= 30
    assert len({it["id"] for it in items}) == len(items)
    sample_files = {s.file for s in SAMPLES if s.layout.format != "scan"}
    for it in items:
        assert set(it) == {"id", "file", "set", "lang", "question", "expect_any", "evidence",
                           "kind"}, it["id"]
        assert it["file"] in sample_files and it["kind"] in ("value", "presence", "absence")
        assert it["expect_any"] and it["lang"] in ("fr", "en")
    assert {it["lang"] for it in items} == {"fr", "en"}
    assert sum(it["kind"] == "absence" for it in items) >= 5
    # Only a silent contract may go without a quote.
    assert all(it["evidence"] for it in items if it["kind"] != "absence")


def test_absence_questions_accept_the_engine_s_wording() -> None:
    for it in _qa_items():
        if it["kind"] == "absence":
            assert {"ne traite pas", "does not address"} <= set(it["expect_any"]), it["id"]


@pytest.mark.parametrize("item", [it for it in _qa_items() if it["evidence"]],
                         ids=lambda it: it["id"])
def test_evidence_is_quoted_from_one_page_of_its_sample(outdir: Path, item: dict) -> None:
    evidence = squash(item["evidence"])
    assert any(evidence in page for page in page_texts(outdir / item["file"]))
    if item["kind"] != "absence":
        assert any(_score_norm(e) in _score_norm(evidence) for e in item["expect_any"])


# ---- markup ---------------------------------------------------------------------------------

def test_markup_parses_into_headings_paragraphs_lists_tables_and_breaks() -> None:
    blocks = parse_markup("""
^ TITLE
# Article 1 – Objet
First line
continued.

- one
  more
- two
| A | B |
| 1 | a cell run
  on over two lines |
~~~
## 1.1 Sub
""")
    assert blocks == (Paragraph("TITLE", "title"), Heading(1, "Article 1 – Objet"),
                      Paragraph("First line continued."), Bullets(("one more", "two")),
                      Table((("A", "B"), ("1", "a cell run on over two lines"))),
                      PageBreak(), Heading(2, "1.1 Sub"))


def test_statuses_fill_absent_and_reject_unknown_ids() -> None:
    result = statuses(present="audit", partial="security")
    assert result["audit"] == "present" and result["security"] == "partial"
    assert sum(v == "absent" for v in result.values()) == 20
    with pytest.raises(ValueError, match="reversability"):
        statuses(present="reversability")

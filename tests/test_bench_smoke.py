"""The benchmark's contract generator and its run of our pipeline work end to end (no timings)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))

import bench  # noqa: E402
from bench_contracts import contract_blocks, contract_pdf, write_contract  # noqa: E402

MINI_CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def _pdf_text(data: bytes) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def test_generated_contract_has_exactly_the_requested_pages_with_numbered_articles():
    pages, text = _pdf_text(contract_pdf(3, seed=0))
    assert pages == 3
    assert "CONTRAT DE PRESTATIONS D'INFOGÉRANCE" in text
    assert "Article 1 – Objet et périmètre des prestations" in text
    assert "Confidentiel – page 3/3" in text


def test_same_seed_gives_the_same_file_and_another_seed_another_contract():
    assert contract_pdf(2, seed=7) == contract_pdf(2, seed=7)
    first = [b.text for b in _take(contract_blocks(1), 40)]
    second = [b.text for b in _take(contract_blocks(2), 40)]
    assert first != second


def test_long_contracts_continue_with_annexes_after_the_main_body():
    texts = [b.text for b in _take(contract_blocks(0), 400) if b.kind == "h1"]
    assert "Annexe 1 – Description du périmètre" in texts
    assert "Annexe 7 – Description du périmètre" in texts  # the annex cycle starts again


def test_bench_runs_our_pipeline_once_on_a_three_page_contract(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_CORPUS_DIR", str(MINI_CORPUS))
    monkeypatch.setenv("CONTRACT_ASSISTANT_LLM_PROVIDER", "none")
    path = write_contract(tmp_path / "contrat-3p.pdf", 3, seed=3)
    result = bench.run_single("ours", path, tmp_path / "data")
    assert result["pipeline"] == "ours"
    assert result["pages"] == 3
    assert result["chunks"] > 3
    assert set(result["stages"]) == {"read", "chunks", "embed", "store"}
    assert "missing" not in result
    assert result["check"]["items"] == 22
    assert result["check"]["found"] >= 5  # the first articles: scope, term, price, SLA...
    assert len(result["ask_s"]) == len(bench.QUESTIONS) == 20
    assert result["peak_rss_mb"] > 0


def _take(blocks, count: int) -> list:
    return [block for _, block in zip(range(count), blocks, strict=False)]

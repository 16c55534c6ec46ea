"""The comparison benchmark's second version and its run work end to end (no timings)."""
from __future__ import annotations

import sys
from itertools import islice
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))

import bench_compare  # noqa: E402
from bench_contracts import contract_blocks  # noqa: E402

from .conftest import MINI_CORPUS  # noqa: E402


def test_version_2_edits_the_figures_and_drops_the_audit_article() -> None:
    edit = bench_compare.Version2()
    blocks = list(islice(contract_blocks(bench_compare.SEED), 80))
    edited = [b for b in (edit(block) for block in blocks) if b is not None]
    before, after = " ".join(b.text for b in blocks), " ".join(b.text for b in edited)
    assert "disponibilité mensuelle de 98,5 %" in after and "98,5 %" not in before
    assert "cinquante pour cent (50 %) des sommes" in after
    assert any(b.text.endswith("– Audit") for b in blocks)
    assert not any(b.text.endswith("– Audit") for b in edited)
    assert len(edited) == len(blocks) - 2  # the heading and its paragraph


def test_bench_compare_runs_on_three_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTRACT_ASSISTANT_CORPUS_DIR", str(MINI_CORPUS))
    rows, info = bench_compare.measure(pages=3, runs=1)
    assert rows[0][0] == "compare, checklists included (first run)"
    assert all(float(row[1]) > 0 for row in rows)
    reasons = {line.id: line.reason for line in info["summary"]}
    assert "disponibilité : 99,8 % → 98,5 %" in reasons["service_levels"]
    assert reasons["audit"].startswith("article supprimé : Article ")

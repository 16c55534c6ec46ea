"""Assistant.compare on the real pipeline: real reader, chunker, model, Chroma and checklist.

The sample generator's version 2 of the complete contract carries six known edits, listed in
truth-compare.json; the comparison must find exactly those, with the right verdicts.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import ComparisonError
from assistant.samples import COMPARE_TRUTH_FILE
from assistant.settings import Settings

from .conftest import REPO


@pytest.fixture(scope="module")
def truth(sample_folder: Path) -> dict:
    truth_file = sample_folder / COMPARE_TRUTH_FILE
    return json.loads(truth_file.read_text(encoding="utf-8"))["comparisons"][0]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, sample_folder: Path):
    from assistant.service import build_assistant

    # The shipped corpus: --against-corpus reads its model clauses.
    built = build_assistant(Settings(data_dir=tmp_path_factory.mktemp("compare") / "data",
                                     corpus_dir=REPO / "corpus"))
    for name in ("fr-infogerance-complet.pdf", "fr-infogerance-complet-v2.pdf",
                 "en-managed-services.pdf", "fr-multi-contrat.pdf", "fr-multi-annexe-1-sla.pdf",
                 "fr-multi-annexe-2-reversibilite.pdf"):
        built.index_file(sample_folder / name)
    return built


def _ids(assistant, *names: str) -> list[str]:
    return [assistant.find_document(name).doc_id for name in names]


def test_version_2_shows_exactly_its_known_edits(assistant, truth: dict) -> None:
    comparison = assistant.compare(_ids(assistant, truth["old"]), _ids(assistant, truth["new"]))
    changed = {i.id: i for i in comparison.items if i.verdict != "same"}
    assert {k: i.verdict for k, i in changed.items()} == {
        k: v["verdict"] for k, v in truth["items"].items()}
    for item_id, expected in truth["items"].items():
        item = changed[item_id]
        found = [(c.field, c.old, c.new) for c in item.changes]
        for field, old, new in expected.get("changes", []):
            assert any(f == field and old in o and new in n for f, o, n in found), (item_id,
                                                                                    found)
        for heading in expected.get("removed", []):
            assert f"article supprimé : {heading}" in item.reasons
        # Every reason carries its quotes: the sentences whose values moved, page and section.
        for change in item.changes:
            assert change.old_quote.page and change.new_quote.page
            assert change.old_quote.section and change.new_quote.text
    # Worst first: the four worse items, then the changed term; no unexplained edit.
    assert [line.verdict for line in comparison.summary] == ["worse"] * 4 + ["changed"]
    assert all(line.id for line in comparison.summary)

    articles = truth["articles"]
    by_change = {kind: [a for a in comparison.articles if a.change == kind]
                 for kind in ("removed", "added", "modified")}
    assert [a.old_heading for a in by_change["removed"]] == articles["removed"]
    assert [a.new_heading for a in by_change["added"]] == articles["added"]
    assert [a.new_heading for a in by_change["modified"]] == articles["modified"]
    for old_heading, new_heading in articles["renumbered_unchanged"]:
        moved = next(a for a in comparison.articles if a.old_heading == old_heading)
        assert (moved.new_heading, moved.change, moved.similarity) == (new_heading, "same", 1.0)
        assert moved.new_page < moved.old_page  # moved up, its words unchanged


def test_a_contract_compared_with_itself_shows_no_change(assistant) -> None:
    ids = _ids(assistant, "fr-infogerance-complet.pdf")
    comparison = assistant.compare(ids, ids)
    assert comparison.summary == ()
    assert {i.verdict for i in comparison.items} == {"same"}
    assert {a.change for a in comparison.articles} == {"same"}


def test_a_french_and_an_english_contract_are_not_compared(assistant) -> None:
    with pytest.raises(ComparisonError, match="translation is out of scope"):
        assistant.compare(_ids(assistant, "fr-infogerance-complet.pdf"),
                          _ids(assistant, "en-managed-services.pdf"))


def test_a_contract_with_annexes_is_one_side(assistant) -> None:
    """The framework contract read with its two annexes, then without the reversibility one."""
    whole = _ids(assistant, "fr-multi-contrat.pdf", "fr-multi-annexe-1-sla.pdf",
                 "fr-multi-annexe-2-reversibilite.pdf")
    comparison = assistant.compare(whole, whole[:2])
    assert comparison.old.files == ("fr-multi-contrat.pdf", "fr-multi-annexe-1-sla.pdf",
                                    "fr-multi-annexe-2-reversibilite.pdf")
    assert comparison.item("reversibility").verdict == "worse"
    removed = [a for a in comparison.articles if a.change == "removed"]
    assert removed and {a.old_document for a in removed} == {
        "fr-multi-annexe-2-reversibilite.pdf"}
    assert not [a for a in comparison.articles if a.change in ("added", "modified")]


def test_the_complete_contract_against_the_model_clauses(assistant) -> None:
    comparison = assistant.compare_to_corpus(_ids(assistant, "fr-infogerance-complet-v2.pdf"),
                                             language="en")
    assert comparison.mode == "corpus" and comparison.language == "en"
    sla = comparison.item("service_levels")
    assert sla.verdict == "worse"
    assert "availability: 99,9 % (model) → 99,5 %" in sla.reasons
    assert sla.old_evidence[0].document == "corpus/fr/service_levels.md"
    caps = [c for c in comparison.item("penalties").changes if c.field == "penalty_cap"]
    assert [(c.new, c.verdict) for c in caps] == [("10 %", "worse")]

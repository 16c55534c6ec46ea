"""The evaluation script's own logic: sections of docs/EVALUATION.md, quote matching, categories."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))

import evaluate  # noqa: E402
from evaldoc import write_section  # noqa: E402

from assistant.analysis.playbooks import load_playbook  # noqa: E402


def test_writing_one_section_keeps_the_other_and_the_hand_written_notes(tmp_path: Path) -> None:
    doc = tmp_path / "EVALUATION.md"
    doc.write_text("# Evaluation\n\n<!-- accuracy:start -->\nold figures\n<!-- accuracy:end -->\n\n"
                   "## Notes written by hand\n\n<!-- bench:start -->\nbench figures\n"
                   "<!-- bench:end -->\n", encoding="utf-8")
    write_section("accuracy", "## Accuracy\n\nnew figures", doc)
    text = doc.read_text(encoding="utf-8")
    assert "new figures" in text and "old figures" not in text
    assert "## Notes written by hand" in text and "bench figures" in text
    assert text.index("new figures") < text.index("Notes written by hand") < text.index("bench")


def test_a_missing_section_is_appended(tmp_path: Path) -> None:
    doc = tmp_path / "EVALUATION.md"
    doc.write_text("# Evaluation\n", encoding="utf-8")
    write_section("bench", "figures", doc)
    assert doc.read_text(encoding="utf-8").endswith("<!-- bench:start -->\nfigures\n"
                                                    "<!-- bench:end -->\n")


def test_evidence_counts_when_it_shares_six_words_in_a_row_with_the_label() -> None:
    label = "Le présent contrat est conclu pour une durée de trois ans à compter de sa signature."
    assert evaluate.overlaps("« Le présent contrat est conclu pour une durée de trois ans »", label)
    assert not evaluate.overlaps("Le présent contrat est résilié de plein droit.", label)


def test_commands_are_shown_relative_to_the_repository() -> None:
    args = [str(evaluate.ROOT / ".venv/bin/python"), str(evaluate.EVAL / "score.py"), "--cmd",
            f"{evaluate.ROOT}/.venv/bin/contract-assistant check"]
    assert evaluate._shown(args) == (".venv/bin/python ../shared/eval/score.py --cmd "
                                     '".venv/bin/contract-assistant check"')


def test_every_mapped_legalbench_category_names_a_playbook_item() -> None:
    items = {item.id for item in load_playbook("infogerance").items}
    assert set(evaluate.LEGALBENCH_CATEGORIES.values()) <= items
    assert set(evaluate.ILYEUM_TYPES.values()) <= items


@pytest.mark.skipif(not evaluate.ILYEUM.exists(), reason="needs ../shared/eval/fr-dev/ilyeum")
def test_ilyeum_clauses_rebuild_three_contracts_each_with_one_duration_clause() -> None:
    contracts = evaluate.ilyeum_contracts()
    assert len(contracts) == 3
    assert [sum(c.kind == "duree" for c in clauses) for clauses in contracts] == [1, 1, 1]
    assert evaluate.ilyeum_text(contracts[0]).startswith("Article 1\n")

"""Retrieval accuracy: where hybrid search ranks the passage holding the labelled evidence.

For every value/presence question of ../shared/eval/fr-real-dev and cuad-dev (English, the
guard), the question is searched in its own document with `Assistant.search(question, [doc],
k=20)`, and the rank of the first passage quoting the labelled evidence is kept (six words in a
row in common, the way score_qa.py accepts a citation). Reported: mean reciprocal rank (a miss
in the 20 counts 0) and the share of questions with the evidence in the top 1, 3 and 6 (6 = the
passages an answer reads by default). A question whose evidence is in no passage of its document
is counted apart: that is a matter of reading and chunking, not of retrieval.

Usage: .venv/bin/python scripts/eval_retrieval.py [--data-dir DIR] [--sets fr-real-dev,cuad-dev]
       [--misses]
scripts/evaluate.py calls `retrieval_rows()`, which returns [measure, value, detail] rows.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = ("fr-real-dev", "cuad-dev")
KINDS = ("value", "presence")
DEPTH = 20
TOPS = (1, 3, 6)


@dataclass(frozen=True)
class Ranked:
    """One question: the rank of its evidence passage (None = not in the first DEPTH)."""

    set_name: str
    item_id: str
    question: str
    rank: int | None
    reachable: bool  # the evidence is in some passage of the document


def quotes(passage: str, evidence: str) -> bool:
    """Whether the passage holds the labelled evidence: score_qa.py's own overlap rule."""
    sys.path.insert(0, str(EVAL))
    from score_qa import overlaps

    return overlaps(passage, evidence)


def rank_questions(assistant, set_name: str) -> list[Ranked]:
    folder = EVAL / set_name
    items = json.loads((folder / "qa.json").read_text(encoding="utf-8"))["items"]
    indexed: dict[str, object] = {}
    ranked = []
    for item in (i for i in items if i["kind"] in KINDS):
        if item["file"] not in indexed:
            indexed[item["file"]] = assistant.index_file(folder / "docs" / item["file"])
        doc = indexed[item["file"]]
        reachable = any(quotes(c.text, item["evidence"]) for c in assistant.chunks(doc.doc_id))
        hits = assistant.search(item["question"], [doc.doc_id], k=DEPTH)
        rank = next((n for n, hit in enumerate(hits, 1)
                     if quotes(hit.chunk.text, item["evidence"])), None)
        ranked.append(Ranked(set_name, item["id"], item["question"], rank, reachable))
    return ranked


def summary_rows(ranked: list[Ranked], set_name: str) -> list[list[str]]:
    measured = [r for r in ranked if r.reachable]
    apart = len(ranked) - len(measured)
    if not measured:
        return [[f"{set_name} retrieval", "n/a", "no question with a reachable evidence"]]
    n = len(measured)
    mrr = sum(1 / r.rank for r in measured if r.rank) / n
    note = f", {apart} more with the evidence in no passage" if apart else ""
    rows = [[f"{set_name} retrieval MRR", f"{mrr:.3f}",
             f"rank of the evidence passage in search(k={DEPTH}), {n} {'/'.join(KINDS)} "
             f"questions{note}"]]
    for top in TOPS:
        hit = sum(1 for r in measured if r.rank and r.rank <= top)
        rows.append([f"{set_name} retrieval top-{top}", f"{hit / n:.2f}", f"{hit}/{n}"])
    return rows


def retrieval_rows(data_dir: Path | None = None, sets: tuple[str, ...] = SETS,
                   ranked_out: list[Ranked] | None = None) -> list[list[str]]:
    """[measure, value, detail] rows for each set; indexes into `data_dir` (a fresh one if None)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    sys.path.insert(0, str(ROOT))
    from assistant.service import build_assistant
    from assistant.settings import Settings

    folder = data_dir or Path(tempfile.mkdtemp(prefix="eval-retrieval-"))
    assistant = build_assistant(Settings(data_dir=folder, llm_provider="none"))
    rows = []
    for set_name in sets:
        ranked = rank_questions(assistant, set_name)
        if ranked_out is not None:
            ranked_out.extend(ranked)
        rows += summary_rows(ranked, set_name)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="Index here (reused if already filled).")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--misses", action="store_true", help="List questions not ranked 1st.")
    args = parser.parse_args(argv)
    ranked: list[Ranked] = []
    rows = retrieval_rows(args.data_dir, tuple(args.sets.split(",")), ranked)
    width = max(len(r[0]) for r in rows)
    for measure, value, detail in rows:
        print(f"{measure:<{width}}  {value:>6}  {detail}")
    if args.misses:
        for r in ranked:
            if r.rank != 1:
                where = "no passage" if not r.reachable else f"rank {r.rank or f'>{DEPTH}'}"
                print(f"  {r.item_id:<14} {where:<12} {r.question}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fits the evidence ranking (assistant/analysis/evidence_weights.json) on labelled real contracts
and reports how often its first quote is the labelled one, leave-one-source-out.

Training data: for every clause our checklist finds and the labels mark present with a quote, each
candidate sentence of the passages that state it, labelled 1 when it quotes the labelled clause
(the overlap rule of ../shared/eval/score.py). Sets: fr-real-dev (12 French documents, 9 sources)
and cuad-dev (60 English contracts, each its own source, folded in 5 groups), each fitting its
language's weights. A logistic regression over the general features of
assistant/analysis/evidence.py; in the reported figures a held-out source is always ranked by
weights fitted without it.

Usage: .venv/bin/python scripts/train_evidence.py [--data-dir DIR] [--no-write]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

EVAL = ROOT.parent / "shared" / "eval"
SETS = {"fr-real-dev": EVAL / "fr-real-dev", "cuad-dev": EVAL / "cuad-dev"}
LANGUAGE = {"fr-real-dev": "fr", "cuad-dev": "en"}  # each set trains its language's weights
C = 1.0  # regularisation of the logistic regression; not tuned


def source_of(set_name: str, file_name: str, position: int) -> str:
    if set_name == "fr-real-dev":
        from eval_loso import source_of as fr_source

        return "fr:" + fr_source(file_name)
    return f"en:{position % 5}"  # 60 contracts from 60 filers: five groups of twelve


def collect(data_dir: Path) -> list[dict]:
    """One group per (document, found clause with a labelled quote): its candidates."""
    from assistant.analysis.playbooks import load_playbook
    from assistant.service import build_assistant
    from assistant.settings import Settings

    assistant = build_assistant(Settings(data_dir=data_dir))
    playbook = load_playbook("infogerance")
    groups = []
    for set_name, folder in SETS.items():
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["docs"]
        for position, label in enumerate(labels):
            info = assistant.index_file(folder / "docs" / label["file"])
            groups += document_groups(assistant, playbook, info, label, set_name,
                                      source_of(set_name, label["file"], position))
    return groups


def document_groups(assistant, playbook, info, label: dict, set_name: str,
                    source: str) -> list[dict]:
    """The candidate groups of one indexed, labelled document."""
    sys.path.insert(0, str(EVAL))
    from score import overlaps

    from assistant.analysis.checklist import evidence_candidates

    stored = assistant._store.passages(info)
    found = evidence_candidates(info, stored.chunks, stored.vectors, playbook,
                                assistant._embedder.embed)
    groups = []
    for clause, candidates in found.items():
        gold = label["labels"].get(clause, {})
        targets = [t for t in (gold.get("spans") or [gold.get("quote", "")]) if t]
        if not gold.get("present") or not targets:
            continue
        groups.append({
            "source": source, "set": set_name, "clause": clause,
            "x": [list(c.features) for c, _ in candidates],
            "y": [int(any(overlaps(q.text, t) for t in targets)) for _, q in candidates],
            "order": [(c.passage, c.sentence) for c, _ in candidates]})
    return groups


def fit(groups: list[dict]) -> dict[str, float]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from assistant.analysis.evidence import FEATURES

    x = np.array([row for g in groups for row in g["x"]], dtype=float)
    y = np.array([label for g in groups for label in g["y"]])
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    model.fit(x, y)
    weights = {"bias": float(model.intercept_[0])}
    weights.update({name: float(w) for name, w in zip(FEATURES, model.coef_[0], strict=True)})
    return weights


def top_hits(groups: list[dict], weights: dict[str, float]) -> tuple[int, int]:
    """Groups whose best-ranked candidate quotes the labelled clause, and groups counted."""
    from assistant.analysis.evidence import FEATURES

    hits = 0
    for g in groups:
        scores = [weights["bias"] + sum(weights[n] * v for n, v in zip(FEATURES, row,
                                                                        strict=True))
                  for row in g["x"]]
        best = max(range(len(scores)), key=lambda i: (scores[i], -g["order"][i][0],
                                                       -g["order"][i][1]))
        hits += g["y"][best]
    return hits, len(groups)


def loso(groups: list[dict]) -> dict[str, tuple[int, int]]:
    """Per set: hits and groups, each source ranked by weights fitted on the others."""
    per_set: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for source in sorted({g["source"] for g in groups}):
        held = [g for g in groups if g["source"] == source]
        weights = fit([g for g in groups if g["source"] != source])
        hits, total = top_hits(held, weights)
        per_set[held[0]["set"]][0] += hits
        per_set[held[0]["set"]][1] += total
    return {name: (h, t) for name, (h, t) in per_set.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="Reuse this data folder (indexed docs).")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory(prefix="train-evidence-") as tmp:
        groups = collect(args.data_dir or Path(tmp))
    from assistant.analysis.evidence import DEFAULT_WEIGHTS, FEATURES, WEIGHTS_FILE

    default = {"bias": 0.0, **{n: DEFAULT_WEIGHTS.get(n, 0.0) for n in FEATURES}}
    report, per_language = {}, {}
    for name in SETS:
        subset = [g for g in groups if g["set"] == name]
        held_out = loso(subset)
        weights = fit(subset)
        before = top_hits(subset, default)
        fitted = top_hits(subset, weights)
        # The fitted weights replace the default order only where they beat it on sources they
        # were not fitted on (the default has nothing fitted, so its figure is already held out).
        if held_out[name][0] > before[0]:
            per_language[LANGUAGE[name]] = weights
        report[name] = {"groups": len(subset), "default_weights": before,
                        "leave_one_source_out": held_out.get(name, (0, 0)),
                        "fitted_on_all": fitted}
        print(f"{name}: first quote is the labelled one: default weights {before[0]}/{before[1]}"
              f", leave-one-source-out {held_out[name][0]}/{held_out[name][1]}, fitted on all "
              f"{fitted[0]}/{fitted[1]}; using "
              f"{'fitted' if LANGUAGE[name] in per_language else 'default'} weights")
    if not args.no_write:
        WEIGHTS_FILE.write_text(json.dumps({
            "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
            "by": "scripts/train_evidence.py", "C": C,
            "sets": {n: {"groups": r["groups"],
                         "leave_one_source_out": list(r["leave_one_source_out"])}
                     for n, r in report.items()},
            "weights": {language: {k: round(v, 4) for k, v in w.items()}
                        for language, w in per_language.items()}}, indent=1) + "\n",
            encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

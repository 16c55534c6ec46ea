"""Leave-one-source-out checklist figures on fr-real-dev: each source scored without the cues that
only its own documents could have inspired.

The French cues were written by hand from the failure classes of the development documents, so a
plain leave-one-source-out cannot re-run that writing per fold. This approximates it
mechanically: a cue added since BASELINE_COMMIT (pattern, keyword, heading or exclude) is kept
for a held-out source only if it also fires in a document of another source, i.e. if the other
sources alone could have motivated it. Every held-out source is scored by the real checklist with
its reduced playbook; the folds are pooled into one per-clause table, as score.py does.
The evidence ranking's weights are fitted from data (scripts/train_evidence.py), so each fold
ranks its quotes with weights refitted on the other sources' documents only. Mechanisms in code
(statuses, negation) are not ablated: they are general.

Usage: .venv/bin/python scripts/eval_loso.py [--data-dir DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL = ROOT.parent / "shared" / "eval"
FR_REAL = EVAL / "fr-real-dev"
# The last commit before issue 12's cue work: cues present there were not written from this set.
BASELINE_COMMIT = "6b9150f"
BASELINE_PATH = "assistant/playbooks/infogerance.yaml"
KINDS = ("patterns", "keywords", "headings", "exclude")


def source_of(file_name: str) -> str:
    """Documents of one publisher form one source (a CCAP and its CCTP, two DINUM terms)."""
    from eval_assessment import SOURCES

    return SOURCES.get(file_name[:2], file_name[:2])


def baseline_cues() -> set[tuple[str, str, str, str]] | None:
    """(item, language, kind, cue) of the playbook before the French cue work, from git."""
    run = subprocess.run(["git", "show", f"{BASELINE_COMMIT}:{BASELINE_PATH}"], cwd=ROOT,
                         capture_output=True, text=True)
    if run.returncode != 0:
        return None
    import yaml

    data = yaml.safe_load(run.stdout)
    found = set()
    for item in data["items"]:
        for language, side in (item.get("cues") or {}).items():
            for kind in KINDS:
                for cue in side.get(kind) or ():
                    found.add((item["id"], language, kind, cue))
    return found


def new_cues(playbook, baseline) -> list[tuple[str, str, str, str]]:
    out = []
    for item in playbook.items:
        for language in ("fr", "en"):
            side = getattr(item.cues, language)
            for kind in KINDS:
                for cue in getattr(side, kind):
                    if (item.id, language, kind, cue) not in baseline:
                        out.append((item.id, language, kind, cue))
    return out


def fires(cue: tuple[str, str, str, str], texts: list[str], titles: list[str]) -> bool:
    from assistant.analysis.signals import compile_cue, keyword_pattern

    _, _, kind, value = cue
    pattern = compile_cue(keyword_pattern(value) if kind == "keywords" else value)
    haystack = titles if kind == "headings" else texts
    return any(pattern.search(t) for t in haystack)


def reduced(playbook, dropped: set[tuple[str, str, str, str]]):
    """The playbook without the given cues."""
    items = []
    for item in playbook.items:
        sides = {}
        for language in ("fr", "en"):
            side = getattr(item.cues, language)
            sides[language] = side.model_copy(update={
                kind: tuple(c for c in getattr(side, kind)
                            if (item.id, language, kind, c) not in dropped) for kind in KINDS})
        items.append(item.model_copy(update={"cues": item.cues.model_copy(update=sides)}))
    return playbook.model_copy(update={"items": tuple(items)})


def _overlaps(evidence: str, target: str) -> bool:
    sys.path.insert(0, str(EVAL))
    from score import overlaps

    return overlaps(evidence, target)


@contextmanager
def _evidence_weights(weights: dict[str, float]):
    """The checklist ranks its quotes with these weights inside the block."""
    from assistant.analysis import evidence

    shipped = evidence.load_weights
    evidence.load_weights = lambda language: weights
    try:
        yield
    finally:
        evidence.load_weights = shipped


def loso(data_dir: Path) -> dict:
    from train_evidence import document_groups, fit

    from assistant.analysis.checklist import build_report
    from assistant.analysis.playbooks import load_playbook
    from assistant.analysis.signals import fold
    from assistant.service import build_assistant
    from assistant.settings import Settings

    assistant = build_assistant(Settings(data_dir=data_dir))
    labels = json.loads((FR_REAL / "labels.json").read_text(encoding="utf-8"))["docs"]
    playbook = load_playbook("infogerance")
    baseline = baseline_cues()
    if baseline is None:
        raise RuntimeError(f"git history without {BASELINE_COMMIT}: cannot tell which cues are new")
    docs = []
    for label in labels:
        info = assistant.index_file(FR_REAL / "docs" / label["file"])
        stored = assistant._store.passages(info)
        texts = [fold(c.text) for c in stored.chunks]
        titles = sorted({fold(t) for c in stored.chunks for t in (c.section_title,
                                                                  *c.heading_path) if t})
        docs.append((label, info, stored, texts, titles))
    added = new_cues(playbook, baseline)
    firing: dict[tuple, set[str]] = {cue: set() for cue in added}
    for label, _, _, texts, titles in docs:
        for cue in added:
            if cue not in firing or source_of(label["file"]) in firing[cue]:
                continue
            if fires(cue, texts, titles):
                firing[cue].add(source_of(label["file"]))
    ids = sorted(labels[0]["labels"])
    tally = {i: defaultdict(int) for i in ids}
    groups = [g for label, info, *_ in docs
              for g in document_groups(assistant, playbook, info, label, "fr-real-dev",
                                       source_of(label["file"]))]
    dropped_per_source = {}
    for held in sorted({source_of(label["file"]) for label, *_ in docs}):
        dropped = {cue for cue, where in firing.items() if where and where <= {held}}
        dropped_per_source[held] = len(dropped)
        fold_playbook = reduced(playbook, dropped)
        weights = fit([g for g in groups if g["source"] != held])
        for label, info, stored, _, _ in docs:
            if source_of(label["file"]) != held:
                continue
            with _evidence_weights(weights):
                report = build_report(info, stored.chunks, stored.vectors, fold_playbook,
                                      assistant._embedder.embed)
            found = {f.id: f for f in report.findings}
            for i in ids:
                gold = label["labels"][i]["present"]
                finding = found.get(i)
                predicted = finding is not None and finding.status in ("present", "partial")
                if predicted and gold:
                    tally[i]["tp"] += 1
                    quote = finding.evidence[0].text if finding.evidence else ""
                    targets = label["labels"][i].get("spans") or [label["labels"][i]["quote"]]
                    tally[i]["hits"] += any(_overlaps(quote, t) for t in targets if t)
                elif predicted:
                    tally[i]["fp"] += 1
                elif gold:
                    tally[i]["fn"] += 1
    return {"tally": tally, "added": len(added), "single_source": sum(
        1 for where in firing.values() if len(where) == 1), "never": sum(
        1 for where in firing.values() if not where), "dropped": dropped_per_source}


def rows(result: dict) -> tuple[list[list[str]], list[list[str]]]:
    """Headline rows [measure, value, detail] and per-clause rows like score.py's table."""
    per_clause, f1s, hits, tps = [], [], 0, 0
    for clause, t in result["tally"].items():
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        hits += t["hits"]
        tps += t["tp"]
        per_clause.append([clause, f"{p:.2f}", f"{r:.2f}", f"{f1:.2f}", str(t["tp"]),
                           str(t["fp"]), str(t["fn"]), f"{t['hits']}/{t['tp']}"])
    macro = sum(f1s) / len(f1s)
    dropped = ", ".join(f"{s} {n}" for s, n in result["dropped"].items())
    head = [["leave-one-source-out macro-F1", f"{macro:.3f}",
             f"{result['added']} cues added since {BASELINE_COMMIT}: {result['single_source']} "
             f"fire in one source only (dropped when it is held out: {dropped}), "
             f"{result['never']} in none"],
            ["leave-one-source-out evidence", f"{hits / max(tps, 1):.2f}", f"{hits}/{tps}"]]
    return head, per_clause


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="Reuse this data folder (indexed docs).")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory(prefix="loso-") as tmp:
        result = loso(args.data_dir or Path(tmp))
    head, per_clause = rows(result)
    for row in head:
        print(" | ".join(row))
    for row in per_clause:
        print(" ".join(f"{c:>8}" if i else f"{c:22}" for i, c in enumerate(row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

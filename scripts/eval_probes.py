"""Checklist agreement on contracts written to probe the rules (eval/probes).

Each contract in eval/probes was written here, in French or English, in the style of a kind of
real contract (public procurement CCAP and CCTP, SaaS terms, infogérance, a UK outsourcing
agreement, a US subscription agreement, ...), with varied wordings, clauses left out on purpose
and look-alikes; truth.json says, for each of the 22 ids, whether the clause is there
("ambiguous" for a clause that only disclaims the topic: not scored) and, for round 3, the
assessment level of five items. The `round` of a contract says when it was written: each round
was scored once before the fixes it led to (the figure to trust, in docs/EVALUATION.md); after
them its figure is in sample.

Runs the real CLI (`contract-assistant check --format json`) from an empty data folder and
counts the statuses that agree with the truth (present or partial = there).

Usage: .venv/bin/python scripts/eval_probes.py [--show]
`evaluate.py` calls `probes_part(work)` for its rows and detail.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evaldoc import markdown_table, text_table  # noqa: E402

PROBES = ROOT / "eval" / "probes"


def cli() -> str:
    found = Path(sys.executable).parent / "contract-assistant"
    return str(found) if found.exists() else f"{sys.executable} -m assistant.cli"


def disagreements(work: Path) -> tuple[dict[str, dict], dict[str, list[str]],
                                       dict[str, list[str]]]:
    """The truth per contract, and per contract the ids whose status disagrees with it and the
    ids whose assessment level does."""
    truth = json.loads((PROBES / "truth.json").read_text(encoding="utf-8"))
    data_dir = tempfile.mkdtemp(prefix="data-", dir=work)
    env = dict(os.environ, CONTRACT_ASSISTANT_DATA_DIR=data_dir,
               CONTRACT_ASSISTANT_LLM_PROVIDER="none", HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
               TOKENIZERS_PARALLELISM="false")
    paths = [str(PROBES / name) for name in sorted(truth)]
    proc = subprocess.run([*cli().split(), "check", "--format", "json", *paths],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=3600)
    found = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            report = json.loads(line)
            found[report["document"]["name"]] = {i["id"]: i for i in report["items"]}
    if len(found) != len(truth):
        raise RuntimeError((proc.stderr.strip().splitlines() or ["no output"])[-1][:300])
    wrong = {name: [f"{item} ({'missed' if there else 'reported'})"
                    for item, there in expected["present"].items()
                    if there != "ambiguous" and _there(found[name][item]) != there]
             for name, expected in truth.items()}
    levels = {name: [f"{item} ({_level(found[name][item])}, not {level})"
                     for item, level in expected.get("assessment", {}).items()
                     if _level(found[name][item]) != level]
              for name, expected in truth.items()}
    return truth, wrong, levels


def _there(item: dict) -> bool:
    return item["status"] in ("present", "partial")


def _level(item: dict) -> str:
    return (item.get("assessment") or {}).get("level", "not_assessed")


def probes_part(work: Path) -> tuple[list[list[str]], str, str]:
    """Rows (measure, value, detail), a Markdown table per contract, and the command."""
    truth, wrong, levels = disagreements(work)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, expected in truth.items():
        round_ = f"round {expected['round']}"
        scored = sum(1 for there in expected["present"].values() if there != "ambiguous")
        assessed = len(expected.get("assessment", {}))
        for key in (round_, f"{round_} {expected['language']}"):
            totals[f"statuses agreeing, {key}"][0] += scored - len(wrong[name])
            totals[f"statuses agreeing, {key}"][1] += scored
            if assessed:
                totals[f"assessments agreeing, {key}"][0] += assessed - len(levels[name])
                totals[f"assessments agreeing, {key}"][1] += assessed
    rows = [[key, f"{ok / total:.2f}", f"{ok}/{total}"]
            for key, (ok, total) in sorted(totals.items(), key=lambda kv: kv[0].startswith("a"))]
    table = markdown_table(["contract", "round", "language", "disagreements"],
                           [[name, str(t["round"]), t["language"],
                             ", ".join(wrong[name] + levels[name]) or "-"]
                            for name, t in sorted(truth.items())])
    return rows, table, "contract-assistant check --format json eval/probes/*.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="List the disagreements.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="probes-") as tmp:
        rows, table, _ = probes_part(Path(tmp))
    print(text_table(["measure", "value", "detail"], rows))
    if args.show:
        print()
        print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

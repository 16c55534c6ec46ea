"""Checklist agreement on contracts written to probe the rules (eval/probes).

Each contract in eval/probes was written here, in French or English, in the style of a kind of
real contract (public procurement CCAP and CCTP, SaaS terms, infogérance, a UK outsourcing
agreement, a US subscription agreement, ...), with varied wordings, clauses left out on purpose
and look-alikes; truth.json says, for each of the 22 ids, whether the clause is there. The
`round` of a contract says when it was written: round 1 before the wording fixes it led to
(so its figure after them is in sample), round 2 after them and never used to change a rule
(the figure to trust).

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


def disagreements(work: Path) -> tuple[dict[str, dict], dict[str, list[str]]]:
    """The truth per contract, and per contract the ids whose status disagrees with it."""
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
            found[report["document"]["name"]] = {
                i["id"]: i["status"] in ("present", "partial") for i in report["items"]}
    if len(found) != len(truth):
        raise RuntimeError((proc.stderr.strip().splitlines() or ["no output"])[-1][:300])
    wrong = {name: [f"{item} ({'missed' if there else 'reported'})"
                    for item, there in expected["present"].items()
                    if found[name][item] != there]
             for name, expected in truth.items()}
    return truth, wrong


def probes_part(work: Path) -> tuple[list[list[str]], str, str]:
    """Rows (measure, value, detail), a Markdown table per contract, and the command."""
    truth, wrong = disagreements(work)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, expected in truth.items():
        round_ = f"round {expected['round']}"
        for key in (round_, f"{round_} {expected['language']}"):
            totals[key][0] += len(expected["present"]) - len(wrong[name])
            totals[key][1] += len(expected["present"])
    rows = [[f"statuses agreeing, {key}", f"{ok / total:.2f}", f"{ok}/{total}"]
            for key, (ok, total) in sorted(totals.items())]
    table = markdown_table(["contract", "round", "language", "disagreements"],
                           [[name, str(t["round"]), t["language"], ", ".join(wrong[name]) or "-"]
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

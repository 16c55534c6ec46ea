"""Benchmark of the CLI's start-up: CPU seconds of commands that need no model (`make bench`).

Each command runs 5 times in a fresh process; the table gives the median CPU time (user +
system, the process and its children) and wall time. `python -c pass` is the floor any command
pays; `import chromadb` is what a listing of an existing store cannot avoid.

Usage: .venv/bin/python scripts/bench_cli.py [--runs 5] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

from evaldoc import children_cpu, commit, machine, markdown_table, now, text_table, write_section  # noqa: E402

SCRIPT = Path(sys.executable).parent / "contract-assistant"
TARGET_CPU_S = 1.0  # issue 16: listing an empty data folder under 1 s of CPU on 2 cores


def timed(command: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median CPU and wall seconds of a command run `runs` times."""
    cpu, wall = [], []
    for _ in range(runs):
        before, started = children_cpu(), time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        wall.append(time.perf_counter() - started)
        cpu.append(children_cpu() - before)
    return statistics.median(cpu), statistics.median(wall)


def measure(runs: int) -> list[list[str]]:
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        empty, filled = Path(tmp) / "empty", Path(tmp) / "filled"
        env = dict(os.environ, HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
                   CONTRACT_ASSISTANT_DATA_DIR=str(empty))
        filled_env = dict(env, CONTRACT_ASSISTANT_DATA_DIR=str(filled))
        from builders import FRENCH_CONTRACT, make_pdf

        contract = make_pdf(Path(tmp) / "contrat.pdf", FRENCH_CONTRACT)
        subprocess.run([str(SCRIPT), "index", str(contract)], env=filled_env, check=True,
                       capture_output=True)
        cases = [
            ("python -c pass (floor)", [sys.executable, "-c", "pass"], env),
            ("python -c 'import chromadb'", [sys.executable, "-c", "import chromadb"], env),
            ("contract-assistant --help", [str(SCRIPT), "--help"], env),
            ("contract-assistant documents (empty data folder)", [str(SCRIPT), "documents"], env),
            ("contract-assistant documents (store with 1 contract)", [str(SCRIPT), "documents"],
             filled_env),
        ]
        rows = []
        for label, command, case_env in cases:
            cpu, wall = timed(command, case_env, runs)
            rows.append([label, f"{cpu:.2f}", f"{wall:.2f}"])
            print(f"{label}: CPU {cpu:.2f} s, wall {wall:.2f} s", file=sys.stderr)
        return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    started, at_commit = now(), commit()
    rows = measure(args.runs)
    header = ["command", "CPU (s, median)", "wall (s, median)"]
    print(text_table(header, rows))
    listing = float(rows[3][1])
    verdict = "met" if listing < TARGET_CPU_S else "not met"
    print(f"{verdict}: listing an empty data folder under {TARGET_CPU_S:g} s of CPU "
          f"({listing:.2f} s)")
    if not args.no_write:
        body = "\n".join([
            "## CLI start-up", "",
            f"Run {started} on commit `{at_commit}`.  ",
            f"Machine: {machine()}.  ",
            "Command: `make bench` (scripts/bench_cli.py).", "",
            "Commands that need no model must not import torch or load it (issue 16). Median "
            f"of {args.runs} fresh processes each.", "",
            markdown_table(header, rows), "",
            f"- {verdict}: listing an empty data folder under {TARGET_CPU_S:g} s of CPU "
            f"({listing:.2f} s).",
        ])
        path = write_section("bench-cli", body)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

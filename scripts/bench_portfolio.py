"""Benchmark of the portfolio review (`make bench`): contracts per minute with 1 and 2 local
Dask workers and through a Dask scheduler with 2 `dask worker` processes.

The same generated contracts (scripts/bench_contracts.py) go through `contract-assistant
portfolio` once per configuration, each on a fresh data folder (no cache, no index): the wall
time includes starting the workers and loading the model in each, as a nightly run pays it. The
CPU time is the command's and its workers' (user + system). "Steady" is the rate between the
first and the last contract, once the workers are up.

Usage: .venv/bin/python scripts/bench_portfolio.py [--contracts 50] [--pages 6] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_contracts import write_contract  # noqa: E402
from evaldoc import children_cpu, commit, machine, markdown_table, now, text_table, write_section  # noqa: E402
from processes import free_port, stop  # noqa: E402

BIN = Path(sys.executable).parent
SCRIPT = BIN / "contract-assistant"
DASK = BIN / "dask"
TARGET_SPEED_UP = 1.3  # issue 15: 2 local workers at least 1.3x one on the 2-core machine
_DONE = re.compile(r"^\[(\d+)/(\d+)\] ")


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
            "CONTRACT_ASSISTANT_DATA_DIR": str(data)}


def run(folder: Path, args: list[str], env: dict[str, str], label: str) -> dict:
    """One portfolio run; stderr is read line by line to time each contract as it is done."""
    Path(env["CONTRACT_ASSISTANT_DATA_DIR"]).mkdir(parents=True, exist_ok=True)
    before, started = children_cpu(), time.perf_counter()
    process = subprocess.Popen([str(SCRIPT), "portfolio", str(folder), *args,
                                "--output", str(Path(env["CONTRACT_ASSISTANT_DATA_DIR"])
                                                / "portfolio.csv")],
                               stderr=subprocess.PIPE, text=True, env=env)
    done_at = []
    errors = 0
    for line in process.stderr:
        if _DONE.match(line):
            done_at.append(time.perf_counter() - started)
            errors += " error: " in line
    process.wait()
    wall = time.perf_counter() - started
    count = len(done_at)
    if process.returncode != 0 or errors or not count:
        raise SystemExit(f"{label}: the portfolio command failed ({process.returncode}, "
                         f"{errors} contracts in error)")
    steady = (count - 1) / (done_at[-1] - done_at[0]) * 60 if count > 1 else 0.0
    result = {"label": label, "contracts": count, "errors": errors, "wall_s": wall,
              "first_s": done_at[0] if done_at else wall, "per_min": count / wall * 60,
              "steady_per_min": steady, "cpu_s": children_cpu() - before}
    return result


def _say(result: dict) -> dict:
    print(f"{result['label']}: {result['contracts']} contracts in {result['wall_s']:.1f} s "
          f"({result['per_min']:.1f}/min), CPU {result['cpu_s']:.1f} s", file=sys.stderr)
    return result


def run_on_scheduler(folder: Path, data: Path, workers: int) -> dict:
    """A `dask scheduler` and `dask worker` processes on 127.0.0.1, then a run through them."""
    from distributed import Client

    env = _env(data)
    data.mkdir(parents=True, exist_ok=True)
    cpu_before = children_cpu()
    address = f"tcp://127.0.0.1:{free_port()}"
    log = (data.parent / f"{data.name}-dask.log").open("wb")
    processes = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port",
                                   address.rsplit(":", 1)[1], "--no-dashboard"], env=env,
                                  stdout=log, stderr=subprocess.STDOUT)]
    try:
        processes += [subprocess.Popen([str(DASK), "worker", address, "--name", f"w{n}",
                                        "--nthreads", "1", "--no-dashboard",
                                        "--local-directory", str(data / f"dask-w{n}")],
                                       env=env, stdout=log, stderr=subprocess.STDOUT)
                      for n in range(workers)]
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(workers, timeout=120)
        result = run(folder, ["--cluster", address], env,
                     f"Dask scheduler, {workers} `dask worker` processes")
    finally:
        for process in reversed(processes):
            stop(process, timeout=30)
        log.close()
    # The workers' CPU time is counted once they have ended (and started before the timing).
    result["cpu_s"] = children_cpu() - cpu_before
    return result


def measure(contracts: int, pages: int, work: Path) -> list[dict]:
    folder = work / "partage"
    for number in range(contracts):
        write_contract(folder / f"contrat-{number:03d}.pdf", pages, seed=2000 + number)
    results = []
    for workers in (1, 2):
        data = work / f"local-{workers}"
        results.append(_say(run(folder, ["--workers", str(workers)], _env(data),
                                f"{workers} local worker{'s' if workers > 1 else ''}")))
    results.append(_say(run_on_scheduler(folder, work / "scheduler-2", 2)))
    return results


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contracts", type=int, default=50)
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    started, at_commit, load_before = now(), commit(), _load()
    with tempfile.TemporaryDirectory(prefix="bench-portfolio-") as tmp:
        results = measure(args.contracts, args.pages, Path(tmp))
    load_after = _load()
    header = ["configuration", "contracts", "wall (s)", "first row (s)", "contracts/min",
              "steady contracts/min", "CPU (s)", "CPU s per contract"]
    rows = [[r["label"], str(r["contracts"]), f"{r['wall_s']:.1f}", f"{r['first_s']:.1f}",
             f"{r['per_min']:.1f}", f"{r['steady_per_min']:.1f}", f"{r['cpu_s']:.1f}",
             f"{r['cpu_s'] / max(r['contracts'], 1):.2f}"] for r in results]
    print(text_table(header, rows))
    speed_up = results[1]["per_min"] / results[0]["per_min"]
    verdict = "met" if speed_up >= TARGET_SPEED_UP else "not met"
    summary = (f"{verdict}: 2 local workers at least {TARGET_SPEED_UP}x one "
               f"({speed_up:.2f}x contracts per minute)")
    print(summary)
    if not args.no_write:
        body = "\n".join([
            "## Portfolio review", "",
            f"Run {started} on commit `{at_commit}`.  ",
            f"Machine: {machine()}.  ",
            "Command: `make bench` (scripts/bench_portfolio.py).  ",
            f"Load average (1 min) on the host: {load_before:.1f} when the run started, "
            f"{load_after:.1f} when it ended.", "",
            f"{args.contracts} different generated {args.pages}-page contracts "
            "(scripts/bench_contracts.py) through `contract-assistant portfolio`, each "
            "configuration on a fresh data folder: the wall time includes starting the workers "
            "and loading the model in each. Local workers are processes with one thread each "
            "(torch threads = cores / workers) and their own embedded store; the scheduler run "
            "uses `dask scheduler` and two `dask worker --nthreads 1` processes on 127.0.0.1. "
            "CPU is the command's and its workers' user + system time.", "",
            markdown_table(header, rows), "",
            f"- {summary}.",
        ])
        path = write_section("bench-portfolio", body)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

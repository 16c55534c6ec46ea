"""Shared by evaluate.py and bench.py: the machine description and docs/EVALUATION.md sections."""
from __future__ import annotations

import os
import platform
import resource
import subprocess
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALUATION_MD = ROOT / "docs" / "EVALUATION.md"
_INTRO = """# Evaluation and benchmarks

Accuracy on real labelled contracts and speed against the canonical LangChain pipeline, measured
by `make eval` (scripts/evaluate.py) and `make bench` (scripts/bench.py). Each script rewrites only
its own section below, so the two can be run independently.

<!-- accuracy:start -->
## Accuracy

Not measured yet: run `make eval`.
<!-- accuracy:end -->

<!-- bench:start -->
## Benchmarks

Not measured yet: run `make bench`.
<!-- bench:end -->
"""


def commit() -> str:
    """Short hash of HEAD, with "+changes" when the working tree differs from it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout
    head = git("rev-parse", "--short", "HEAD").strip() or "unknown"
    return head + ("+changes" if git("status", "--porcelain", "--untracked-files=no").strip()
                   else "")


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's ended children: the commands measured."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def machine() -> str:
    """CPU model, usable cores, memory, OS and the versions that drive the timings."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown memory"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1048576:.1f} GiB RAM"
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for package in ("torch", "sentence_transformers", "chromadb"):
        try:
            module = __import__(package)
            versions.append(f"{package} {module.__version__}")
        except ImportError:
            continue
    return (f"{cpu}, {cores} cores (nproc), {memory}, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}; " + ", ".join(versions))


def write_section(name: str, body: str, path: Path = EVALUATION_MD) -> Path:
    """Replace the text between <!-- name:start --> and <!-- name:end -->, or append it."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.strip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else _INTRO
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def text_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])

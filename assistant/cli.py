"""The `contract-assistant` command line: the same core as the app, with JSON output for tools."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from .service import Assistant
    from .settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Check IT outsourcing contracts and answer questions about them, offline.")

SUPPORTED = (".pdf", ".docx", ".txt", ".md")


class SearchFormat(StrEnum):
    text = "text"
    json = "json"


class CheckFormat(StrEnum):
    json = "json"
    markdown = "markdown"
    csv = "csv"


class PortfolioFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    json = "json"
    register = "register"


class CompareFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"
    markdown = "markdown"
    docx = "docx"
    pdf = "pdf"


class ReportFormat(StrEnum):
    markdown = "markdown"
    pdf = "pdf"
    docx = "docx"
    csv = "csv"
    json = "json"


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _assistant() -> Assistant:
    from .errors import AssistantError
    from .service import build_assistant

    try:
        return build_assistant(_settings())
    except AssistantError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from exc


def _settings() -> Settings:
    from .settings import Settings

    return Settings()


def _has_index() -> bool:
    from .service import has_index

    return has_index(_settings())


def _expand(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED
                              and p.is_file())
        else:
            yield path


def _progress(name: str):
    def report(stage: str, done: int, total: int) -> None:
        if stage in ("read", "store") or done == total:
            _err(f"  {name}: {stage} {done}/{total}")
    return report


def _index_all(assistant: Assistant, paths: list[Path], quiet: bool = False):
    """Index each file; yields (path, DocumentInfo | None), reporting failures on stderr."""
    from .errors import AssistantError

    for path in _expand(paths):
        try:
            if not path.is_file():
                yield path, assistant.find_document(str(path))
                continue
            yield path, assistant.index_file(path, progress=(lambda *a: None) if quiet
                                             else _progress(path.name))
        except AssistantError as exc:
            _err(f"error: {exc}")
            yield path, None
        except OSError as exc:
            _err(f"error: {path.name}: cannot read the file ({exc.strerror or exc})")
            yield path, None


@app.command()
def index(paths: Annotated[list[Path], typer.Argument(help="Files or folders to index.")]) -> None:
    """Index contracts (PDF, DOCX, TXT, MD); files already indexed are skipped."""
    assistant = _assistant()
    failed = 0
    for _, doc in _index_all(assistant, paths):
        if doc is None:
            failed += 1
        else:
            _err(f"indexed {doc.name}: {doc.pages} pages, {doc.chunks} passages, {doc.language}")
    raise typer.Exit(2 if failed else 0)


@app.command()
def documents(fmt: Annotated[SearchFormat, typer.Option("--format")] = SearchFormat.text) -> None:
    """List indexed documents."""
    docs = _assistant().documents() if _has_index() else []
    if fmt is SearchFormat.json:
        typer.echo(json.dumps([{"name": d.name, "sha256": d.doc_id, "pages": d.pages,
                                "language": d.language, "passages": d.chunks,
                                "library": "shared" if d.owner == "shared" else "private",
                                "indexed_at": d.indexed_at} for d in docs], ensure_ascii=False))
        return
    for d in docs:
        typer.echo(f"{d.doc_id[:12]}  {d.pages:4} p  {d.language}  {d.name}")


@app.command()
def remove(doc: Annotated[str, typer.Argument(help="Name or sha256 (prefix) of a document.")]
           ) -> None:
    """Remove a document and its passages from the index."""
    from .errors import AssistantError, DocumentNotFoundError

    try:
        if not _has_index():
            raise DocumentNotFoundError(f"no indexed document named '{doc}'")
        removed = _assistant().remove(doc)
    except AssistantError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from exc
    _err(f"removed {removed.name}")


@app.command()
def search(query: str,
           document: Annotated[list[str] | None, typer.Option(help="Limit to a document.")] = None,
           k: Annotated[int, typer.Option("-k", help="Number of passages.")] = 6,
           fmt: Annotated[SearchFormat, typer.Option("--format")] = SearchFormat.text) -> None:
    """Hybrid (semantic + keyword) search over indexed contracts."""
    from .errors import AssistantError

    assistant = _assistant()
    try:
        hits = assistant.search(query, [assistant.find_document(d).doc_id for d in document or []]
                                or None, k)
    except AssistantError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from exc
    if fmt is SearchFormat.json:
        typer.echo(json.dumps([h.to_json() for h in hits], ensure_ascii=False))
        return
    for h in hits:
        typer.echo(f"[{h.document} p.{h.chunk.page} {h.chunk.section}] {h.chunk.text[:300]}\n")


@app.command()
def check(paths: Annotated[list[Path], typer.Argument(help="Contract files (or indexed names).")],
          playbook: Annotated[str | None, typer.Option(help="Playbook id or YAML file.")] = None,
          fmt: Annotated[CheckFormat, typer.Option("--format")] = CheckFormat.markdown,
          output: Annotated[Path | None, typer.Option(help="Write to this file.")] = None,
          as_one: Annotated[bool, typer.Option("--as-one", help="Check all files as one "
                                               "contract (contract + annexes).")] = False) -> None:
    """Gap analysis: which mentions are present, partial or absent, with evidence."""
    from .errors import AssistantError

    assistant = _assistant()
    indexed = [(p, d) for p, d in _index_all(assistant, paths, quiet=True)]
    failed = sum(d is None for _, d in indexed)
    groups = [[d for _, d in indexed if d]] if as_one else [[d] for _, d in indexed if d]
    lines: list[str] = []
    for group in (g for g in groups if g):
        try:
            report = assistant.check([d.doc_id for d in group], playbook)
        except AssistantError as exc:
            _err(f"error: {exc}")
            raise typer.Exit(2) from exc
        lines.append(_render_check(report, fmt))
    text = "\n".join(lines)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    else:
        typer.echo(text)
    raise typer.Exit(2 if failed else 0)


def _render_check(report, fmt: CheckFormat) -> str:
    if fmt is CheckFormat.json:
        return json.dumps(report.to_json(), ensure_ascii=False)
    from .exports import report as reports

    return reports.to_csv(report) if fmt is CheckFormat.csv else reports.to_markdown(report)


@app.command()
def ask(question: Annotated[str | None, typer.Argument()] = None,
        document: Annotated[list[Path] | None, typer.Option(help="Contract file(s).")] = None,
        batch: Annotated[Path | None, typer.Option(help="JSONL file of {id, document, "
                                                      "question}.")] = None,
        fmt: Annotated[SearchFormat, typer.Option("--format")] = SearchFormat.text) -> None:
    """Ask a question about a contract (French or English); answers cite their sources."""
    from .errors import AssistantError

    assistant = _assistant()
    if batch is not None:
        raise typer.Exit(_ask_batch(assistant, batch))
    if not question or not document:
        _err("error: give a question and --document PATH (or --batch FILE.jsonl)")
        raise typer.Exit(2)
    docs = [d for _, d in _index_all(assistant, list(document), quiet=True)]
    if not all(docs):
        raise typer.Exit(2)
    try:
        answer = assistant.ask(question, [d.doc_id for d in docs])
    except AssistantError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from exc
    if fmt is SearchFormat.json:
        typer.echo(json.dumps(answer.to_json(), ensure_ascii=False))
        return
    typer.echo(answer.text)
    if answer.notice:
        _err(answer.notice)


def _ask_batch(assistant: Assistant, batch: Path) -> int:
    from .errors import AssistantError

    failed = 0
    known: dict[str, str | None] = {}
    for number, line in enumerate(batch.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            path = Path(item["document"])
            question = item["question"]
        except (json.JSONDecodeError, KeyError, TypeError):
            _err(f"error: {batch.name} line {number}: "
                 f"expected {{\"id\", \"document\", \"question\"}}")
            failed += 1
            continue
        if str(path) not in known:
            known[str(path)] = next((d.doc_id if d else None
                                     for _, d in _index_all(assistant, [path], quiet=True)), None)
        doc_id = known[str(path)]
        out = {"id": item.get("id")}
        if doc_id is None:
            failed += 1
            out.update({"answer": "", "language": "", "mode": "extractive", "grounded": False,
                        "citations": [], "error": f"cannot read {path.name}"})
        else:
            try:
                out.update(assistant.ask(question, [doc_id]).to_json())
            except AssistantError as exc:
                _err(f"error: {item.get('id')}: {exc}")
                failed += 1
                out.update({"answer": "", "language": "", "mode": "extractive",
                            "grounded": False, "citations": [], "error": str(exc)})
        typer.echo(json.dumps(out, ensure_ascii=False))
    return 2 if failed else 0


@app.command()
def report(paths: Annotated[list[Path], typer.Argument(help="Contract files (checked as one).")],
           output: Annotated[Path, typer.Option(help="File to write.")],
           fmt: Annotated[ReportFormat | None, typer.Option("--format", help="Default: from "
                                                               "the output suffix.")] = None,
           playbook: Annotated[str | None, typer.Option()] = None) -> None:
    """Write the gap-analysis report (Markdown, PDF, DOCX, CSV or JSON)."""
    from .exports import report as reports

    assistant = _assistant()
    docs = [d for _, d in _index_all(assistant, paths, quiet=True)]
    if not docs or not all(docs):
        raise typer.Exit(2)
    result = assistant.check([d.doc_id for d in docs], playbook)
    chosen = fmt or ReportFormat(_format_from_suffix(output))
    output.write_bytes(reports.render(result, chosen.value))
    _err(f"wrote {output}")


def _format_from_suffix(path: Path) -> str:
    return {".md": "markdown", ".pdf": "pdf", ".docx": "docx", ".csv": "csv",
            ".json": "json"}.get(path.suffix.lower(), "markdown")


@app.command()
def portfolio(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders; in a folder, each "
                                                    "sub-folder is one contract and its annexes.")],
        output: Annotated[Path, typer.Option(help="File to write the table to.")],
        playbook: Annotated[str | None, typer.Option(help="Playbook id or YAML file.")] = None,
        workers: Annotated[int, typer.Option(min=0, help="Local Dask worker processes on "
                                             "127.0.0.1 (0 = this process).")] = 0,
        cluster: Annotated[str | None, typer.Option(help="An existing Dask scheduler, e.g. "
                                                    "tcp://10.0.0.5:8786.")] = None,
        fmt: Annotated[PortfolioFormat | None, typer.Option("--format", help="Default: from the "
                                                            "output suffix, else csv.")] = None,
        shared: Annotated[bool, typer.Option(help="Index into the shared library that every "
                                             "app session sees.")] = False) -> None:
    """Review many contracts into one table, one row per contract; re-runs skip those done."""
    from .errors import AssistantError
    from .index.store import SHARED_OWNER
    from .portfolio.progress import ConsoleProgress, summary
    from .portfolio.runner import RunOptions, run_portfolio, where
    from .portfolio.sources import find_contracts
    from .portfolio.table import SUFFIXES, render

    contracts = find_contracts(paths)
    if not contracts or not output.absolute().parent.is_dir():
        _err("error: " + (f"no folder {output.absolute().parent} to write {output.name} to"
                          if contracts else "no contract (PDF, DOCX, TXT, MD) in the paths given"))
        raise typer.Exit(2)
    options = RunOptions(playbook, workers, cluster or "", SHARED_OWNER if shared else "local")
    progress = ConsoleProgress(len(contracts), where(options))
    try:
        result = run_portfolio(_settings(), contracts, options, progress)
    except AssistantError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from exc
    finally:
        progress.close()
    output.write_bytes(render(result.rows, fmt.value if fmt else
                              SUFFIXES.get(output.suffix.lower(), "csv")))
    _err(summary(result, output))
    raise typer.Exit(2 if result.failed else 0)


@app.command()
def compare(
        old: Annotated[Path, typer.Argument(help="The old version, or the buyer's model contract: "
                                            "a file, an indexed name, or a folder holding a "
                                            "contract and its annexes.")],
        new: Annotated[Path | None, typer.Argument(help="The new version (same forms); left "
                                                   "out with --against-corpus.")] = None,
        playbook: Annotated[str | None, typer.Option(help="Playbook id or YAML file.")] = None,
        fmt: Annotated[CompareFormat, typer.Option("--format")] = CompareFormat.text,
        output: Annotated[Path | None, typer.Option(help="Write to this file (needed for docx "
                                                    "and pdf).")] = None,
        against_corpus: Annotated[bool, typer.Option(
            "--against-corpus", help="Compare the one contract given with the reference "
            "corpus's model clause for each item.")] = False,
        language: Annotated[str | None, typer.Option(help="fr or en; default: the contracts' "
                                                     "language.")] = None) -> None:
    """Compare two versions of a contract clause by clause: what moved, better or worse."""
    from .comparison.render import render as render_comparison
    from .errors import AssistantError

    if (new is None) != against_corpus:
        _err("error: give OLD and NEW, or one contract with --against-corpus")
        raise typer.Exit(2)
    if fmt in (CompareFormat.docx, CompareFormat.pdf) and output is None:
        _err(f"error: --format {fmt.value} writes a file: add --output FILE")
        raise typer.Exit(2)
    assistant = _assistant()
    sides = []
    for side in [old] if new is None else [old, new]:
        docs = [d for _, d in _index_all(assistant, [side], quiet=True)]
        if not docs or not all(docs):
            if not docs:
                _err(f"error: {side}: no contract (PDF, DOCX, TXT, MD) there")
            raise typer.Exit(2)
        sides.append([d.doc_id for d in docs])
    try:
        result = (assistant.compare_to_corpus(sides[0], playbook, language) if against_corpus
                  else assistant.compare(sides[0], sides[1], playbook, language))
    except AssistantError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from exc
    data = render_comparison(result, "markdown" if fmt is CompareFormat.md else fmt.value)
    if output is None:
        typer.echo(data.decode("utf-8"), nl=False)
        return
    output.write_bytes(data)
    _err(f"wrote {output}")


@app.command()
def samples(outdir: Annotated[Path, typer.Argument(help="Folder to write the samples to.")]
            ) -> None:
    """Write the sample contracts (PDF, DOCX) and their truth file."""
    from .samples import generate_samples

    for path in generate_samples(outdir):
        _err(f"wrote {path}")


def main() -> None:
    """Console-script entry point; keeps JSON on stdout and everything else on stderr."""
    import logging
    import os
    import warnings

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    warnings.filterwarnings("ignore", category=FutureWarning)
    from .errors import AssistantError

    try:
        app()
    except AssistantError as exc:
        # e.g. the Chroma server went away mid-command: one line, no traceback.
        _err(f"error: {exc}")
        raise SystemExit(1) from exc


if __name__ == "__main__":
    main()

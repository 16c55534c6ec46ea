"""Accuracy evaluation (`make eval`): checklist, answers and clause detection on real labelled data.

Each measurement starts from scratch (a fresh CONTRACT_ASSISTANT_DATA_DIR, the LLM turned off so
answers are the extractive ones):
  cuad          cuad-dev checklist: ../shared/eval/score.py on 60 real English contracts (7 ids).
  cuad-qa       cuad-dev questions: ../shared/eval/score_qa.py on cuad-dev/qa.json (governing law).
  fr-real       fr-real-dev checklist: score.py on 12 real French documents (22 ids).
  fr-real-loso  the same, each source scored without the cues that only its own documents fire
                (scripts/eval_loso.py explains why this stands in for leave-one-source-out).
  fr-real-qa    fr-real-dev questions (88) by kind: value, presence, absence.
  fr-real-pdf   the questions on documents 01-04 asked on their original PDFs.
  assessment    agreement of the risk assessment with fr-real-dev's labels
                (scripts/eval_assessment.py; held-out sources reported apart).
  retrieval     rank of the labelled evidence passage for fr-real-dev and cuad-dev questions
                (scripts/eval_retrieval.py).
  fr-qa         score_qa.py on eval/fr_qa.json over the generated sample contracts.
  ilyeum        three real French IT service contracts rebuilt from their labelled clauses
                (fr-dev/ilyeum): found, not found, and quoted.
  legalbench    LegalBench CUAD: each test clause alone as a one-passage document through the
                checklist (present or partial = Yes); balanced accuracy per category we cover.
  probes        contracts written here to probe the rules (eval/probes, scripts/eval_probes.py):
                statuses agreeing with their truth, by round (round 2 never tuned on).
Prints one table and rewrites the accuracy section of docs/EVALUATION.md.

Usage: .venv/bin/python scripts/evaluate.py [--only PART,PART...] [--limit N] [--no-write]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaldoc import commit, machine, markdown_table, now, text_table, write_section  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
CUAD = EVAL / "cuad-dev"
ILYEUM = EVAL / "fr-dev" / "ilyeum"
FR_REAL = EVAL / "fr-real-dev"
LEGALBENCH = EVAL / "legalbench-cuad"
FR_QA = ROOT / "eval" / "fr_qa.json"
PARTS = ("cuad", "cuad-qa", "fr-real", "fr-real-loso", "fr-real-qa", "fr-real-pdf",
         "assessment", "retrieval", "fr-qa", "ilyeum", "legalbench", "probes")

ILYEUM_TYPES = {"duree": "duration", "lieu": "place_of_performance", "resiliation": "termination",
                "confidentialite": "confidentiality", "paiement": "pricing",
                "prop_intel": "ip_ownership", "responsabilites": "liability"}
# Decided before looking at results: the categories of labels.json's mapping, plus the two
# termination-related CUAD categories (notice of non-renewal is part of a term clause).
LEGALBENCH_CATEGORIES = {
    "Audit Rights": "audit", "Cap On Liability": "liability", "Uncapped Liability": "liability",
    "Insurance": "insurance", "Governing Law": "governing_law",
    "Ip Ownership Assignment": "ip_ownership", "Joint Ip Ownership": "ip_ownership",
    "Post-Termination Services": "reversibility", "Expiration Date": "duration",
    "Renewal Term": "duration", "Notice Period To Terminate Renewal": "duration",
    "Termination For Convenience": "termination",
}


@dataclass
class Part:
    """One measurement's headline figures, its detail table and how it was run."""

    name: str
    rows: list[list[str]] = field(default_factory=list)  # [measure, value, detail]
    detail: str = ""
    command: str = ""
    seconds: float = 0.0
    error: str = ""


# -- running the CLI from scratch ------------------------------------------------------------------
def cli() -> str:
    found = Path(sys.executable).parent / "contract-assistant"
    return str(found) if found.exists() else f"{sys.executable} -m assistant.cli"


def fresh_env(work: Path) -> dict[str, str]:
    """The environment of one command: its own empty data folder and no LLM."""
    data_dir = tempfile.mkdtemp(prefix="data-", dir=work)
    return dict(os.environ, CONTRACT_ASSISTANT_DATA_DIR=data_dir,
                CONTRACT_ASSISTANT_LLM_PROVIDER="none", HF_HUB_OFFLINE="1",
                TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
                TOKENIZERS_PARALLELISM="false")


def run(args: list[str], work: Path, timeout: int = 5400) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=fresh_env(work),
                          timeout=timeout)


def _shown(args: list[str]) -> str:
    # The repository's own paths first, so that they read relative to it, then its neighbours.
    shown = [a.replace(str(ROOT) + "/", "").replace(str(ROOT.parent), "..") for a in args]
    return " ".join(f'"{a}"' if " " in a else a for a in shown)


# -- 1. cuad-dev checklist -------------------------------------------------------------------------
_SCORE_ROW = re.compile(r"^(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)$")


def cuad_checklist(work: Path) -> Part:
    return checklist(work, "cuad-dev checklist (60 EN contracts)", CUAD)


def checklist(work: Path, name: str, folder: Path, labels: Path | None = None) -> Part:
    """score.py on a labelled set through the real CLI, from an empty data folder."""
    cmd = f"{cli()} check --format json"
    args = [sys.executable, str(EVAL / "score.py"), str(labels or folder / "labels.json"),
            str(folder / "docs"), "--cmd", cmd]
    part = Part(name, command=_shown(args))
    proc = run(args, work)
    rows = []
    for line in proc.stdout.splitlines():
        m = _SCORE_ROW.match(line.strip())
        if m:
            clause, p, r, f1, tp, fp, fn, ev = m.groups()
            rows.append([clause, p, r, f1, tp, fp, fn, ev])
            part.rows.append([f"F1 {clause}", f1, f"P {p} R {r} (tp {tp} fp {fp} fn {fn}), "
                                                   f"evidence {ev}"])
    macro = re.search(r"macro-F1 ([\d.]+) over (\d+) clauses, (\d+)/(\d+) documents", proc.stdout)
    evidence = re.search(r"evidence hit rate (\d+)/(\d+) = ([\d.]+)", proc.stdout)
    if not macro:
        part.error = _failure(proc)
        return part
    counted = f"{macro.group(2)} clauses, {macro.group(3)}/{macro.group(4)} documents"
    part.rows.insert(0, ["macro-F1", macro.group(1), counted])
    if evidence:
        part.rows.insert(1, ["evidence hit rate", evidence.group(3),
                             f"{evidence.group(1)}/{evidence.group(2)} found clauses quote a "
                             f"labelled span"])
    part.detail = markdown_table(["clause", "P", "R", "F1", "tp", "fp", "fn", "evidence"], rows)
    return part


def _failure(proc: subprocess.CompletedProcess) -> str:
    tail = (proc.stdout.strip().splitlines() or [""])[-1]
    return f"exit {proc.returncode}: {tail} {proc.stderr.strip()[-600:]}"


# -- 2 and 3. questions ----------------------------------------------------------------------------
_QA_KIND = re.compile(r"^(\S*/\w+)\s+(\d+)/\s*(\d+) = ([\d.]+)$")


def questions(work: Path, name: str, qa: Path, docs: Path) -> Part:
    cmd = f"{cli()} ask --format json --batch"
    args = [sys.executable, str(EVAL / "score_qa.py"), str(qa), str(docs), "--cmd", cmd,
            "--show", "10"]
    part = Part(name, command=_shown(args))
    proc = run(args, work)
    accuracy = re.search(r"accuracy (\d+)/(\d+) = ([\d.]+)", proc.stdout)
    if not accuracy:
        part.error = _failure(proc)
        return part
    part.rows.append(["accuracy", accuracy.group(3), f"{accuracy.group(1)}/{accuracy.group(2)}"])
    kinds = [m.groups() for m in map(_QA_KIND.match, proc.stdout.splitlines()) if m]
    for kind, ok, total, share in kinds:
        part.rows.append([f"accuracy {kind}", share, f"{ok}/{total}"])
    fails = [line for line in proc.stdout.splitlines() if line.startswith("FAIL")]
    if fails:
        part.detail = "First failures:\n\n" + "\n".join(f"- `{f[5:][:300]}`" for f in fails)
    return part


def french_questions(work: Path) -> Part:
    from assistant.samples import generate_samples

    docs = work / "samples"
    generate_samples(docs)
    part = questions(work, "French questions (eval/fr_qa.json, generated samples)", FR_QA, docs)
    part.command = "contract-assistant samples TMP && " + part.command.replace(str(docs), "TMP")
    return part


# -- fr-real-dev: leave-one-source-out, questions on the original PDFs, assessment, retrieval ------
def fr_real_loso(work: Path) -> Part:
    from eval_loso import loso, rows

    part = Part("fr-real-dev checklist, leave one source out",
                command="in-process: scripts/eval_loso.py (each source without the cues only "
                        "its own documents fire)")
    head, per_clause = rows(loso(Path(tempfile.mkdtemp(prefix="loso-", dir=work))))
    part.rows = head
    part.detail = markdown_table(["clause", "P", "R", "F1", "tp", "fp", "fn", "evidence"],
                                 per_clause)
    return part


def fr_real_pdf_questions(work: Path) -> Part:
    """The questions on documents 01-04 asked on their original PDFs instead of the text."""
    items = json.loads((FR_REAL / "qa.json").read_text(encoding="utf-8"))["items"]
    pdf_items = []
    for item in items:
        pdf = Path(item["file"]).with_suffix(".pdf").name
        if (FR_REAL / "docs" / pdf).exists():
            pdf_items.append({**item, "file": pdf})
    qa = work / "fr-real-dev-pdf-qa.json"
    qa.write_text(json.dumps({"items": pdf_items}, ensure_ascii=False), encoding="utf-8")
    part = questions(work, f"fr-real-dev questions on the original PDFs ({len(pdf_items)})", qa,
                     FR_REAL / "docs")
    part.command = part.command.replace(str(qa), "QA-OF-THE-PDFS.json")
    return part


def assessment(work: Path) -> Part:
    from eval_assessment import assessment_part

    rows, detail, command = assessment_part(work)
    return Part("fr-real-dev risk assessment (reversibility, liability, service levels)",
                rows=rows, detail=detail, command=command)


def probes(work: Path) -> Part:
    from eval_probes import probes_part

    rows, detail, command = probes_part(work)
    return Part("Contracts written to probe the rules (eval/probes, 22 ids)", rows=rows,
                detail=detail, command=command)


def retrieval(work: Path) -> Part:
    from eval_retrieval import retrieval_rows

    folder = Path(tempfile.mkdtemp(prefix="retrieval-", dir=work))
    return Part("retrieval: rank of the labelled evidence passage",
                rows=retrieval_rows(folder),
                command="in-process: scripts/eval_retrieval.py (Assistant.search, k=20)")


# -- 4. French clauses (ilyeum) --------------------------------------------------------------------
@dataclass(frozen=True)
class LabelledClause:
    number: str
    kind: str
    text: str


# The labels do not say which contract a clause belongs to. Starting a contract at these ids
# gives each of the three exactly one duration and one confidentiality clause (0007/0016,
# 0025/0027, 0069/0076) and never two clauses of a type that a contract states once.
ILYEUM_CONTRACT_STARTS = ("0000", "0025", "0048")


def ilyeum_contracts() -> list[list[LabelledClause]]:
    """The three contracts, each a list of its labelled clauses in id order."""
    contracts: list[list[LabelledClause]] = []
    for line in (ILYEUM / "clauses_label.csv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        number, _, _, kind = (cell.strip() for cell in line.split(","))
        sentences = sorted((ILYEUM / "texts").glob(f"{number}_*.txt"))
        text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sentences)
        if number in ILYEUM_CONTRACT_STARTS or not contracts:
            contracts.append([])
        contracts[-1].append(LabelledClause(number, kind, text))
    return contracts


def ilyeum_text(clauses: list[LabelledClause]) -> str:
    # Neutral numbered headings: a heading naming the clause type would give the answer away.
    return "\n\n".join(f"Article {i}\n{c.text}" for i, c in enumerate(clauses, 1) if c.text)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").lower()
    return re.findall(r"\w+", text)


def overlaps(evidence: str, target: str, n: int = 6) -> bool:
    e, t = _words(evidence), _words(target)
    n = min(n, len(e), len(t))
    if not n:
        return False
    grams = {tuple(t[i:i + n]) for i in range(len(t) - n + 1)}
    return any(tuple(e[i:i + n]) in grams for i in range(len(e) - n + 1))


def ilyeum(work: Path) -> Part:
    contracts = ilyeum_contracts()
    folder = work / "ilyeum"
    folder.mkdir()
    paths = []
    for number, clauses in enumerate(contracts, 1):
        path = folder / f"ilyeum-contrat-{number}.txt"
        path.write_text(ilyeum_text(clauses), encoding="utf-8")
        paths.append(path)
    args = [*cli().split(), "check", "--format", "json", *map(str, paths)]
    part = Part(f"French clauses (fr-dev/ilyeum, {len(contracts)} real contracts)",
                command=f"contract-assistant check --format json ilyeum-contrat-{{1..{len(paths)}}}"
                        f".txt  (each rebuilt from texts/<clause>_<sentence>.txt)")
    proc = run(args, work)
    reports = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            report = json.loads(line)
            reports[report["document"]["name"]] = {it["id"]: it for it in report["items"]}
    if len(reports) != len(paths):
        part.error = _failure(proc)
        return part
    rows, found_total, gold_total, located_total, clauses_total, false_pos = [], 0, 0, 0, 0, 0
    negatives = 0
    for kind, item_id in ILYEUM_TYPES.items():
        found = gold = located = labelled = wrong = absent_docs = 0
        for path, clauses in zip(paths, contracts, strict=True):
            item = reports[path.name].get(item_id, {})
            predicted = item.get("status") in ("present", "partial")
            mine = [c for c in clauses if c.kind == kind and c.text]
            evidence = [e["text"] for e in item.get("evidence", [])] if predicted else []
            if mine:
                gold += 1
                found += predicted
                labelled += len(mine)
                located += sum(any(overlaps(e, c.text) for e in evidence) for c in mine)
            else:
                absent_docs += 1
                wrong += predicted
        rows.append([kind, item_id, f"{found}/{gold}", f"{wrong}/{absent_docs}",
                     f"{located}/{labelled}"])
        found_total += found
        gold_total += gold
        located_total += located
        clauses_total += labelled
        false_pos += wrong
        negatives += absent_docs
    part.rows = [["contract-level recall", f"{found_total / gold_total:.2f}",
                  f"{found_total}/{gold_total} (contract, clause type) pairs found"],
                 ["false positives", f"{false_pos}/{negatives}",
                  "types reported in contracts that lack them"],
                 ["labelled clauses quoted", f"{located_total / clauses_total:.2f}",
                  f"{located_total}/{clauses_total} labelled clauses overlap an evidence quote"]]
    spans = ", ".join(f"{c[0].number}-{c[-1].number}" for c in contracts)
    part.detail = f"Contracts rebuilt from clause ids {spans} (the labels do not say which " \
                  f"contract a clause is from; each of these has one duration and one " \
                  f"confidentiality clause), each clause under a neutral \"Article N\" " \
                  f"heading.\n\n"
    part.detail += markdown_table(["ilyeum type", "our id", "found in contracts having it",
                                  "reported in contracts lacking it",
                                  "labelled clauses quoted by the evidence"], rows)
    return part


# -- 5. LegalBench CUAD ----------------------------------------------------------------------------
def legalbench(limit: int | None = None) -> Part:
    """Each clause as a one-passage English document through the real checklist."""
    import numpy as np

    from assistant.analysis.checklist import build_report
    from assistant.analysis.playbooks import load_playbook
    from assistant.documents.chunking import embedding_text
    from assistant.index.embeddings import load_embedder
    from assistant.models import Chunk, DocumentInfo
    from assistant.settings import Settings

    settings = Settings()
    embedder = load_embedder(settings.embedding_model, settings.embedding_batch_size)
    playbook = load_playbook(settings.playbook)
    covered = {item.id for item in playbook.items}
    tests: dict[str, list[tuple[bool, str]]] = {}
    for category, item_id in LEGALBENCH_CATEGORIES.items():
        if item_id not in covered:
            continue
        rows = _read_tsv(LEGALBENCH / f"CUAD_{category}" / "test.tsv")
        tests[category] = rows[:limit] if limit else rows
    texts = sorted({text for rows in tests.values() for _, text in rows})
    chunks = {t: Chunk(doc_id=f"clause-{i}", index=0, text=t, page=1, page_end=1)
              for i, t in enumerate(texts)}
    vectors = embedder.embed([embedding_text(chunks[t]) for t in texts])
    found: dict[str, set[str]] = {}
    for i, text in enumerate(texts):
        chunk = chunks[text]
        document = DocumentInfo(chunk.doc_id, f"{chunk.doc_id}.txt", 1, "en", 1)
        report = build_report(document, [chunk], vectors[i:i + 1], playbook, embedder.embed)
        found[text] = {f.id for f in report.findings if f.status in ("present", "partial")}
    rows, scores = [], []
    by_parity: dict[str, list[float]] = {"even": [], "odd": []}
    for category, cases in tests.items():
        item_id = LEGALBENCH_CATEGORIES[category]
        balanced, tpr, tnr = _balanced(cases, item_id, found)
        scores.append(balanced)
        by_parity["even"].append(_balanced(cases[0::2], item_id, found)[0])
        by_parity["odd"].append(_balanced(cases[1::2], item_id, found)[0])
        rows.append([category, item_id, f"{balanced:.3f}", f"{tpr:.2f}", f"{tnr:.2f}",
                     str(len(cases))])
    mean = float(np.mean(scores)) if scores else 0.0
    part = Part(f"LegalBench CUAD clause tests ({len(tests)} categories)",
                command="in-process: assistant.checklist.build_report on each test.tsv clause "
                        "as a one-passage document" + (f" (first {limit} per category)"
                                                       if limit else ""))
    part.rows = [["mean balanced accuracy", f"{mean:.3f}",
                  f"{sum(len(c) for c in tests.values())} clauses"]]
    # The English cue work of issue 12 read misses on the even rows of each test.tsv only: the
    # odd rows are its held-out half.
    part.rows += [[f"mean balanced accuracy, {name} rows", f"{np.mean(values):.3f}",
                   "read while writing English cues" if name == "even" else
                   "never read while writing cues (held out)"]
                  for name, values in by_parity.items() if values]
    part.rows += [[f"balanced acc. {r[0]}", r[2], f"-> {r[1]}, TPR {r[3]} TNR {r[4]}, n={r[5]}"]
                  for r in rows]
    part.detail = markdown_table(["CUAD category", "our id", "balanced accuracy",
                                  "true-positive rate", "true-negative rate", "clauses"], rows)
    return part


def _balanced(cases: list[tuple[bool, str]], item_id: str,
              found: dict[str, set[str]]) -> tuple[float, float, float]:
    """Balanced accuracy, true-positive and true-negative rates of one item on labelled clauses."""
    yes = [item_id in found[t] for label, t in cases if label]
    no = [item_id not in found[t] for label, t in cases if not label]
    tpr = sum(yes) / len(yes) if yes else 0.0
    tnr = sum(no) / len(no) if no else 0.0
    return (tpr + tnr) / 2, tpr, tnr


def _read_tsv(path: Path) -> list[tuple[bool, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["label"].strip() == "Yes", row["text"]) for row in
                csv.DictReader(handle, delimiter="\t")]


# -- report ----------------------------------------------------------------------------------------
def markdown(parts: list[Part], command: str) -> str:
    lines = ["## Accuracy", "",
             f"Run {now()} on commit `{commit()}`.  ",
             f"Machine: {machine()}.  ",
             f"Command: `{command}`; every CLI run starts from an empty data folder, with the "
             f"LLM off (extractive answers).", "",
             markdown_table(["measurement", "measure", "value", "detail"],
                            [[p.name, *r] for p in parts for r in _headline(p)]), ""]
    for p in parts:
        lines += [f"### {p.name}", "", f"`{p.command}` ({p.seconds:.0f} s)", ""]
        if p.error:
            lines += [f"Failed: {p.error}", ""]
        if p.detail:
            lines += [p.detail, ""]
    return "\n".join(lines)


def _headline(part: Part) -> list[list[str]]:
    if part.error:
        return [["error", "-", part.error[:120]]]
    return [r for r in part.rows if not r[0].startswith(("F1 ", "balanced acc. "))] or part.rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(PARTS), help="Comma-separated parts.")
    parser.add_argument("--limit", type=int, help="LegalBench: first N clauses per category.")
    parser.add_argument("--no-write", action="store_true", help="Do not update docs/EVALUATION.md.")
    args = parser.parse_args(argv)
    chosen = args.only.split(",")
    unknown = set(chosen) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts {sorted(unknown)}; choose among {', '.join(PARTS)}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parts: list[Part] = []
    with tempfile.TemporaryDirectory(prefix="contract-eval-") as tmp:
        work = Path(tmp)
        steps = {"cuad": lambda: cuad_checklist(work),
                 "cuad-qa": lambda: questions(work, "cuad-dev questions (governing law)",
                                              CUAD / "qa.json", CUAD / "docs"),
                 "fr-real": lambda: checklist(
                     work, "fr-real-dev checklist (12 real FR documents, 22 ids)", FR_REAL),
                 "fr-real-loso": lambda: fr_real_loso(work),
                 "fr-real-qa": lambda: questions(work, "fr-real-dev questions (88, FR + EN)",
                                                 FR_REAL / "qa.json", FR_REAL / "docs"),
                 "fr-real-pdf": lambda: fr_real_pdf_questions(work),
                 "assessment": lambda: assessment(work),
                 "retrieval": lambda: retrieval(work),
                 "fr-qa": lambda: french_questions(work),
                 "ilyeum": lambda: ilyeum(work),
                 "legalbench": lambda: legalbench(args.limit),
                 "probes": lambda: probes(work)}
        for name in PARTS:
            if name not in chosen:
                continue
            started = time.perf_counter()
            part = steps[name]()
            part.seconds = time.perf_counter() - started
            parts.append(part)
            print(f"{part.name}: done in {part.seconds:.0f} s"
                  + (f" - FAILED {part.error[:300]}" if part.error else ""), file=sys.stderr)
    print(text_table(["measurement", "measure", "value", "detail"],
                     [[p.name, *r] for p in parts for r in p.rows]
                     + [[p.name, "error", "-", p.error[:100]] for p in parts if p.error]))
    for part in parts:
        if part.detail.startswith("First failures"):
            print(f"\n{part.name}: {part.detail}")
    if not args.no_write:
        command = "make eval" if not argv else "python scripts/evaluate.py " + " ".join(argv)
        path = write_section("accuracy", markdown(parts, command))
        print(f"wrote {path.relative_to(ROOT)}")
    return 1 if any(p.error for p in parts) else 0


if __name__ == "__main__":
    sys.exit(main())

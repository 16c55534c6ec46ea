"""Writes every sample file and the truth.json that says what each one contains."""
from __future__ import annotations

import json
from pathlib import Path

from .contracts import (
    en_managed,
    fr_complet,
    fr_complet_v2,
    fr_dpa,
    fr_faible,
    fr_lacunaire,
    fr_multi,
    fr_restrictif,
    fr_scan,
)
from .model import CLAUSE_IDS, STATUS_RANK, Sample
from .pdf import render_pdf, render_scan
from .word import render_docx

SAMPLES: tuple[Sample, ...] = (
    fr_complet.SAMPLE,
    fr_complet_v2.SAMPLE,
    fr_lacunaire.SAMPLE,
    fr_faible.SAMPLE,
    en_managed.SAMPLE,
    fr_dpa.SAMPLE,
    *fr_multi.SAMPLES,
    fr_scan.SAMPLE,
    fr_restrictif.SAMPLE,
)
TRUTH_FILE = "truth.json"
# What comparing two samples must find (the complete contract and its version 2).
COMPARE_TRUTH_FILE = "truth-compare.json"


def generate_samples(outdir: Path) -> list[Path]:
    """Write the sample contracts, truth-compare.json and truth.json into outdir; returns
    their paths, truth.json last.

    The output is byte-identical from one run to the next.
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in SAMPLES:
        path = outdir / sample.file
        path.write_bytes(render(sample))
        written.append(path)
    compare_path = outdir / COMPARE_TRUTH_FILE
    compare_path.write_text(json.dumps({"comparisons": [fr_complet_v2.COMPARISON]},
                                       ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(compare_path)
    truth_path = outdir / TRUTH_FILE
    truth_path.write_text(json.dumps(truth(), ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")
    written.append(truth_path)
    return written


def render(sample: Sample) -> bytes:
    """The bytes of one sample file in its layout's format."""
    match sample.layout.format:
        case "pdf":
            return render_pdf(sample)
        case "docx":
            return render_docx(sample)
        case "scan":
            return render_scan(sample)
    raise ValueError(f"unknown sample format {sample.layout.format!r}")


def truth() -> dict:
    """The truth.json object: per-file statuses and values, and combined statuses per group."""
    samples = []
    for s in SAMPLES:
        entry = {"file": s.file, "language": s.language, "kind": s.kind, "title": s.title,
                 "description": s.description, "format": s.layout.format,
                 "text_layer": s.layout.format != "scan", "clauses": dict(s.clauses),
                 "values": dict(s.values), "notes": dict(s.notes)}
        if s.group:
            entry["group"] = s.group
        if s.assessments:
            entry["assessments"] = dict(s.assessments)
        samples.append(entry)
    return {"clause_ids": list(CLAUSE_IDS), "samples": samples, "groups": _groups()}


def _groups() -> dict:
    # A clause of a contract split over files is as good as its best file: a main contract that
    # only refers to an annex is completed by that annex when both are read together.
    groups: dict[str, list[Sample]] = {}
    for s in SAMPLES:
        if s.group:
            groups.setdefault(s.group, []).append(s)
    return {name: {"files": [s.file for s in members],
                   "clauses": {cid: max((s.clauses[cid] for s in members), key=STATUS_RANK.get)
                               for cid in CLAUSE_IDS}}
            for name, members in groups.items()}
